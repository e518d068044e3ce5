#include "PageLoaderBar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

PageLoaderBar::PageLoaderBar(QWidget* parent)
    : QWidget(parent)
    , m_style(new QComboBox(this))
    , m_load(new QPushButton(tr("Load all pages"), this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("pageLoader"));
    m_load->setObjectName(QStringLiteral("loadAllPages"));
    m_load->setToolTip(tr("Ask for the next pages of this list, one after another, and add their rows to the "
                          "table"));
    m_cancel->setObjectName(QStringLiteral("cancelPages"));
    m_progress->setObjectName(QStringLiteral("pagesProgress"));
    m_progress->setTextVisible(true);
    m_status->setObjectName(QStringLiteral("pagesStatus"));
    m_status->setWordWrap(true);
    m_style->setObjectName(QStringLiteral("pageStyle"));
    m_style->setToolTip(tr("How this service splits a list into pages"));
    for (const PageRule::Style style : {PageRule::Style::Auto, PageRule::Style::Link, PageRule::Style::Page,
                                        PageRule::Style::Cursor, PageRule::Style::Offset}) {
        m_style->addItem(PageRule::styleLabel(style), static_cast<int>(style));
    }

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_style);
    layout->addWidget(m_load);
    layout->addWidget(m_progress, 1);
    layout->addWidget(m_cancel);
    layout->addWidget(m_status, 2);

    connect(m_load, &QPushButton::clicked, this, &PageLoaderBar::loadAll);
    connect(m_cancel, &QPushButton::clicked, this, &PageLoaderBar::cancel);
    connect(m_style, &QComboBox::activated, this, [this] { offer(m_root, m_items); });
    reset();
}

void PageLoaderBar::reset()
{
    if (m_paginator) {
        m_paginator->disconnect(this);
        m_paginator->cancel();
        m_paginator->deleteLater();
        m_paginator = nullptr;
    }
    m_root = QJsonValue(QJsonValue::Undefined);
    m_items = 0;
    m_progress->hide();
    m_cancel->hide();
    m_status->clear();
    m_status->hide();
    m_load->hide();
    m_style->hide();
    hide();
}

void PageLoaderBar::setContext(const Context& context, const SendResult& firstPage)
{
    reset();
    m_context = context;
    m_firstPage = firstPage;
    m_style->setCurrentIndex(std::max(0, m_style->findData(static_cast<int>(context.rule.style))));
}

PageRule PageLoaderBar::currentRule() const
{
    if (!m_context.styleChoice) {
        return m_context.rule;
    }
    const auto style = static_cast<PageRule::Style>(m_style->currentData().toInt());
    if (style == m_context.rule.style) {
        return m_context.rule;
    }
    PageRule rule = PageRule::forStyle(style);
    rule.itemsPath = m_context.rule.itemsPath;
    return rule;
}

void PageLoaderBar::offer(const QJsonValue& root, int items)
{
    m_root = root;
    m_items = items;
    if (!m_context.sender || isLoading()) {
        return;
    }
    const bool more = Paginator::hasNextPage(currentRule(), m_context.spec, m_firstPage.response, root, items);
    const bool choice = m_context.styleChoice && m_firstPage.response.isSuccess() && items > 0;
    m_style->setVisible(choice);
    m_load->setVisible(more);
    if (!more && choice) {
        m_status->setText(tr("No next page found. If this service has more pages, choose how it splits them."));
        m_status->show();
    } else if (!m_progress->isVisible()) {
        m_status->hide();
    }
    setVisible(more || choice);
}

bool PageLoaderBar::isOffered() const
{
    return !isHidden() && !m_load->isHidden();
}

bool PageLoaderBar::isLoading() const
{
    return m_paginator && m_paginator->isRunning();
}

void PageLoaderBar::loadAll()
{
    if (!m_context.sender || isLoading()) {
        return;
    }
    if (m_paginator) {
        m_paginator->deleteLater();
    }
    m_paginator = new Paginator(*m_context.sender, this);
    m_paginator->setRule(currentRule());
    m_paginator->setRateLimitSpec(m_context.rateLimit);
    m_paginator->setOptions(m_context.options);
    m_paginator->setPageCap(m_context.pageCap);
    connect(m_paginator, &Paginator::pageLoaded, this,
            [this](const Paginator::Page& page) { emit pageRows(page.rows); });
    connect(m_paginator, &Paginator::progressChanged, this, &PageLoaderBar::showProgress);
    connect(m_paginator, &Paginator::waiting, this, [this](qint64, const QString& message) {
        m_status->setText(message);
        m_status->show();
    });
    connect(m_paginator, &Paginator::finished, this, [this](Paginator::Outcome outcome, const QString& message) {
        m_cancel->hide();
        m_style->setEnabled(true);
        const Paginator::Progress progress = m_paginator->progress();
        if (outcome == Paginator::Outcome::Complete) {
            m_progress->setRange(0, 1);
            m_progress->setValue(1);
        }
        m_progress->setFormat(Paginator::progressText(progress));
        m_status->setText(message);
        m_status->show();
        emit finished(outcome, message);
    });
    m_load->hide();
    m_style->setEnabled(false);
    m_cancel->show();
    m_progress->setRange(0, 0);
    m_progress->setFormat(tr("Loading the next pages…"));
    m_progress->show();
    m_status->hide();
    show();
    emit started();
    m_paginator->resume(m_context.spec, m_firstPage);
}

void PageLoaderBar::cancel()
{
    if (m_paginator) {
        m_paginator->cancel();
    }
}

void PageLoaderBar::showProgress(const Paginator::Progress& progress)
{
    if (progress.totalPages > 0) {
        m_progress->setRange(0, progress.totalPages);
        m_progress->setValue(std::min(progress.page, progress.totalPages));
    } else {
        m_progress->setRange(0, 0);
    }
    m_progress->setFormat(Paginator::progressText(progress));
    if (!m_status->text().isEmpty() && m_status->isVisible()) {
        m_status->hide(); // a rate-limit pause is over
    }
}
