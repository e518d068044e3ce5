#include "ResponseView.h"

#include "BigTextView.h"
#include "FindBar.h"
#include "ResponseTableView.h"
#include "data/HumanFormat.h"
#include "data/JsonTreeModel.h"
#include "http/ResponseSummary.h"

#include <QFuture>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QPixmap>
#include <QProgressBar>
#include <QPromise>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QThreadPool>
#include <QTreeView>
#include <QVBoxLayout>

#include <climits>
#include <utility>

namespace {

MessageBanner::Kind kindFor(ResponseSummary::Tone tone)
{
    switch (tone) {
    case ResponseSummary::Tone::Success:
        return MessageBanner::Kind::Success;
    case ResponseSummary::Tone::Warning:
        return MessageBanner::Kind::Warning;
    case ResponseSummary::Tone::Error:
        break;
    }
    return MessageBanner::Kind::Error;
}

QWidget* withFindBar(BigTextView* view, FindBar** bar, QWidget* parent)
{
    auto* page = new QWidget(parent);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(view, 1);
    *bar = new FindBar(view, page);
    layout->addWidget(*bar);
    return page;
}

} // namespace

ResponseView::ResponseView(QWidget* parent)
    : QWidget(parent)
    , m_pages(new QStackedWidget(this))
    , m_placeholder(new QLabel(tr("Send a request to see the answer here."), this))
{
    setObjectName(QStringLiteral("responseView"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setEnabled(false);
    m_pages->addWidget(m_placeholder);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 6, 6);
    layout->addWidget(m_pages);
}

QJsonObject ResponseView::tableLayout() const
{
    return m_table ? m_table->tableLayout() : m_pendingTableLayout;
}

void ResponseView::setTableLayout(const QJsonObject& layout)
{
    if (m_table) {
        m_table->setTableLayout(layout);
    } else {
        m_pendingTableLayout = layout;
    }
}

void ResponseView::ensureAnswerPage()
{
    // Built when the first answer comes (or something asks for its parts), not at start-up:
    // until then only the placeholder shows, and the window opens sooner.
    if (m_tabs) {
        return;
    }
    m_summary = new MessageBanner(this);
    m_details = new QLabel(this);
    m_progress = new QProgressBar(this);
    m_tabs = new QTabWidget(this);
    m_pretty = new BigTextView(this);
    m_raw = new BigTextView(this);
    m_headers = new QTableWidget(0, 2, this);
    m_tree = new QTreeView(this);
    m_table = new ResponseTableView(this);
    if (!m_pendingTableLayout.isEmpty()) {
        m_table->setTableLayout(std::exchange(m_pendingTableLayout, {}));
    }
    m_pageLoader = new PageLoaderBar(this);
    m_imageArea = new QScrollArea(this);
    m_image = new QLabel(this);

    m_summary->setObjectName(QStringLiteral("responseSummary"));
    m_details->setObjectName(QStringLiteral("responseDetails"));
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setObjectName(QStringLiteral("responseProgress"));
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_pretty->setObjectName(QStringLiteral("prettyView"));
    m_raw->setObjectName(QStringLiteral("rawView"));
    m_headers->setObjectName(QStringLiteral("responseHeaders"));
    m_headers->setHorizontalHeaderLabels({tr("Header"), tr("Value")});
    m_headers->horizontalHeader()->setStretchLastSection(true);
    m_headers->verticalHeader()->hide();
    m_headers->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setObjectName(QStringLiteral("jsonTree"));
    m_tree->setUniformRowHeights(true);
    m_image->setAlignment(Qt::AlignCenter);
    m_imageArea->setWidget(m_image);
    m_imageArea->setWidgetResizable(true);

    m_tabs->setObjectName(QStringLiteral("responseTabs"));
    m_tabs->addTab(withFindBar(m_pretty, &m_prettyFind, this), tr("Pretty"));
    m_tabs->addTab(withFindBar(m_raw, &m_rawFind, this), tr("Raw"));
    m_tabs->addTab(m_headers, tr("Headers"));
    m_tabs->addTab(m_tree, tr("Tree"));
    m_tabs->addTab(m_imageArea, tr("Image"));
    m_tabs->insertTab(0, m_table, tr("Table"));
    m_tabs->setTabVisible(m_tabs->indexOf(m_table), false);
    m_tabs->setCurrentWidget(m_prettyFind->parentWidget());
    connect(m_tabs, &QTabWidget::tabBarClicked, this, [this] { m_tabChosen = true; });
    connect(m_table, &ResponseTableView::firstRowsShown, this, [this](bool isList) {
        if (!isList) {
            return;
        }
        m_tabs->setTabVisible(m_tabs->indexOf(m_table), true);
        if (!m_tabChosen) {
            m_tabs->setCurrentWidget(m_table);
        }
    });
    connect(m_pageLoader, &PageLoaderBar::pageRows, m_table, &ResponseTableView::appendRows);

    auto* answer = new QWidget(this);
    auto* answerLayout = new QVBoxLayout(answer);
    answerLayout->setContentsMargins(0, 0, 0, 0);
    answerLayout->addWidget(m_summary);
    answerLayout->addWidget(m_details);
    answerLayout->addWidget(m_progress);
    answerLayout->addWidget(m_pageLoader);
    answerLayout->addWidget(m_tabs, 1);
    m_pages->addWidget(answer);
}

ResponseView::~ResponseView() = default;

QString ResponseView::summaryText() const
{
    return m_summary && m_summary->isVisible() ? m_summary->text() : QString();
}

QString ResponseView::detailsText() const
{
    return m_details ? m_details->text() : QString();
}

void ResponseView::showPage(bool answer)
{
    if (answer) {
        ensureAnswerPage();
    }
    m_pages->setCurrentIndex(answer ? 1 : 0);
}

void ResponseView::setPaging(const PageLoaderBar::Context& context)
{
    m_paging = context;
    m_pagingSet = true;
}

void ResponseView::showSending(const QByteArray& method, const QUrl& url)
{
    showPage(true);
    ++m_generation;
    m_pageLoader->reset();
    m_summary->clearActions();
    m_summary->showMessage(MessageBanner::Kind::Info,
                           tr("Sending %1 %2 …").arg(QString::fromLatin1(method), url.toString()));
    m_details->setText(tr("Waiting for the answer. Escape cancels."));
    m_progress->setRange(0, 0);
    m_progress->setFormat(QString());
    m_progress->show();
}

void ResponseView::showProgress(qint64 received, qint64 total)
{
    ensureAnswerPage();
    if (total > 0) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(received * 1000 / total));
        m_progress->setFormat(tr("%1 of %2").arg(HumanFormat::bytes(received), HumanFormat::bytes(total)));
    } else {
        m_progress->setRange(0, 0);
        m_progress->setFormat(HumanFormat::bytes(received));
    }
    m_details->setText(tr("Receiving… %1").arg(HumanFormat::bytes(received)));
}

void ResponseView::showProblem(MessageBanner::Kind kind, const QString& text)
{
    showPage(true);
    ++m_generation;
    m_pageLoader->reset();
    m_pagingSet = false;
    m_progress->hide();
    m_summary->clearActions();
    m_summary->showMessage(kind, text);
    m_details->clear();
}

void ResponseView::clear()
{
    ++m_generation;
    if (m_progress) {
        m_progress->hide();
    }
    showPage(false);
}

QString ResponseView::composeSummary(const ResponseSummary& summary) const
{
    QStringList lines {summary.headline};
    if (!m_note.isEmpty()) {
        lines.prepend(m_note);
    }
    if (!summary.advice.isEmpty()) {
        lines.append(summary.advice);
    }
    return lines.join(QLatin1Char('\n'));
}

void ResponseView::showAnswer(const SendResult& result, const Provider* provider, const QString& note)
{
    showPage(true);
    const quint64 generation = ++m_generation;
    m_progress->hide();
    m_response = result.response;
    m_note = note;
    m_digestReady = false;
    const Response& response = m_response;

    const ResponseSummary summary = ResponseSummary::of(response, provider);
    m_summary->clearActions();
    m_summary->showMessage(kindFor(summary.tone), composeSummary(summary));
    m_details->setText(ResponseSummary::details(response, provider));

    m_headers->setRowCount(0);
    for (const HttpHeaders::Header& header : response.headers.list()) {
        const int row = m_headers->rowCount();
        m_headers->insertRow(row);
        m_headers->setItem(row, 0, new QTableWidgetItem(QString::fromLatin1(header.first)));
        m_headers->setItem(row, 1, new QTableWidgetItem(QString::fromUtf8(header.second)));
    }
    m_raw->setContent(response.body, BigTextView::Mode::Plain);
    m_pretty->setContent({}, BigTextView::Mode::Plain);
    m_tree->setModel(nullptr);
    m_treeModel.reset();
    m_image->clear();
    m_tabs->setTabVisible(m_tabs->indexOf(m_tree), false);
    m_tabs->setTabVisible(m_tabs->indexOf(m_imageArea), false);
    m_tabs->setTabVisible(m_tabs->indexOf(m_table), false);
    if (m_tabs->currentWidget() == m_table || !m_tabChosen) {
        m_tabs->setCurrentWidget(m_prettyFind->parentWidget());
    }
    m_tabChosen = false;
    m_table->clear();
    m_pageLoader->reset();
    if (m_pagingSet) {
        m_pageLoader->setContext(m_paging, result);
        m_pagingSet = false;
    }
    if (!response.received() || !response.bodyFile.isEmpty()) {
        if (!response.bodyFile.isEmpty()) {
            m_details->setText(m_details->text() + QStringLiteral(" · ")
                               + tr("saved to %1 (%2)").arg(response.bodyFile, HumanFormat::bytes(response.bodySize)));
        }
        return;
    }

    // The table is read off the UI thread too, and shows itself (Table tab) when the answer is a list.
    if (BodyFormatter::detect(response.contentType(), response.body) == BodyFormatter::Kind::Json) {
        m_table->showBody(response.body, m_paging.rule.itemsPath);
    }

    // Look at the body off the UI thread, then show it.
    BodyDigest::start(response.body, response.contentType(), this,
                      [this, generation, provider](const BodyDigest& digest) {
                          if (generation == m_generation) {
                              applyDigest(digest, provider);
                          }
                      });
}

void ResponseView::applyDigest(const BodyDigest& digest, const Provider* provider)
{
    m_digest = digest;
    m_digestReady = true;
    const Response& response = m_response;
    switch (digest.kind) {
    case BodyFormatter::Kind::Json:
        if (digest.json.valid) {
            m_pretty->setContent(digest.pretty, BigTextView::Mode::Json);
            m_summary->setText(composeSummary(ResponseSummary::of(response, provider, digest.json.itemCount)));
        } else {
            m_pretty->setContent(response.body, BigTextView::Mode::Plain);
            m_details->setText(m_details->text() + QStringLiteral(" · ")
                               + tr("shown as received: %1").arg(digest.problem));
        }
        if (!digest.tree.isNull()) {
            m_treeModel = std::make_unique<JsonTreeModel>();
            m_treeModel->setDocument(digest.tree);
            m_tree->setModel(m_treeModel.get());
            m_tabs->setTabVisible(m_tabs->indexOf(m_tree), true);
        }
        if (digest.json.valid) {
            const QJsonValue root
                = digest.tree.isObject() ? QJsonValue(digest.tree.object()) : QJsonValue(QJsonValue::Undefined);
            m_pageLoader->offer(root, int(std::min<qint64>(digest.json.itemCount, INT_MAX)));
        }
        break;
    case BodyFormatter::Kind::Xml:
    case BodyFormatter::Kind::Html:
        m_pretty->setContent(digest.pretty.isEmpty() ? response.body : digest.pretty, BigTextView::Mode::Markup);
        if (!digest.problem.isEmpty()) {
            m_details->setText(m_details->text() + QStringLiteral(" · ") + digest.problem);
        }
        break;
    case BodyFormatter::Kind::Image:
        m_pretty->setContent(tr("This answer is an image (%1). See the Image tab.")
                                 .arg(QString::fromLatin1(response.contentType()))
                                 .toUtf8(),
                             BigTextView::Mode::Plain);
        showImage();
        break;
    case BodyFormatter::Kind::Binary:
        m_pretty->setContent(
            tr("This answer is binary data (%1, %2); it cannot be shown as text. Save it to a file to "
               "open it with another program.")
                .arg(QString::fromLatin1(response.contentType()), HumanFormat::bytes(response.bodySize))
                .toUtf8(),
            BigTextView::Mode::Plain);
        break;
    case BodyFormatter::Kind::Empty:
        m_pretty->setContent(tr("The answer has no body.").toUtf8(), BigTextView::Mode::Plain);
        break;
    case BodyFormatter::Kind::Text:
        m_pretty->setContent(response.body, BigTextView::Mode::Plain);
        break;
    }
    emit digestReady(digest);
}

void ResponseView::showImage()
{
    // Decoding a large image can take a while: off the UI thread.
    const QByteArray bytes = m_response.body;
    const quint64 generation = m_generation;
    auto promise = std::make_shared<QPromise<QImage>>();
    QFuture<QImage> future = promise->future();
    promise->start();
    QThreadPool::globalInstance()->start([promise, bytes] {
        promise->addResult(QImage::fromData(bytes));
        promise->finish();
    });
    future.then(this, [this, generation](const QImage& image) {
        if (generation != m_generation) {
            return;
        }
        if (image.isNull()) {
            m_image->setText(tr("The image could not be read."));
        } else {
            m_image->setPixmap(QPixmap::fromImage(image));
        }
        m_tabs->setTabVisible(m_tabs->indexOf(m_imageArea), true);
        m_tabs->setCurrentWidget(m_imageArea);
    });
}
