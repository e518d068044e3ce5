#pragma once

#include "MessageBanner.h"
#include "PageLoaderBar.h"
#include "data/BodyDigest.h"
#include "http/SendResult.h"

#include <QJsonObject>
#include <QWidget>

#include <memory>

class BigTextView;
class FindBar;
class JsonTreeModel;
class QLabel;
class QProgressBar;
class QScrollArea;
class QStackedWidget;
class QTabWidget;
class QTableWidget;
class QTreeView;
class ResponseTableView;
struct Provider;
struct ResponseSummary;

// The answer: first in plain language ("200 OK — 30 items, 41 KB, 212 ms", or
// what went wrong and what to do), then tabs: Pretty (indented, coloured,
// searchable with Ctrl+F), Raw, Headers, Tree, Image, and Table — chosen by
// itself when the answer is a list — with "Load all pages" when the list has
// more pages. Large bodies are prepared off the UI thread and shown by views
// that only paint what is on screen.
class ResponseView : public QWidget
{
    Q_OBJECT
public:
    explicit ResponseView(QWidget* parent = nullptr);
    ~ResponseView() override;

    // Back to the empty page ("Send a request…").
    void clear();
    void showSending(const QByteArray& method, const QUrl& url);
    void showProgress(qint64 received, qint64 total);
    // `note` (e.g. "The last answer, from …") stays above the summary line, also
    // once the body has been looked at and the line says how many items it holds.
    void showAnswer(const SendResult& result, const Provider* provider, const QString& note = {});
    void showProblem(MessageBanner::Kind kind, const QString& text);
    // What "Load all pages" needs for the next answer (its request, token rules, page rule).
    void setPaging(const PageLoaderBar::Context& context);

    // The answer's parts are built with the first answer; asking for one builds them.
    MessageBanner* summary() { return built(m_summary); }
    QString summaryText() const;
    QString detailsText() const;
    QTabWidget* tabs() { return built(m_tabs); }
    BigTextView* prettyView() { return built(m_pretty); }
    BigTextView* rawView() { return built(m_raw); }
    QTableWidget* headersTable() { return built(m_headers); }
    ResponseTableView* tableView() { return built(m_table); }
    // The table's columns and sort, for a preset. Before the first answer the answer's parts
    // are not built: a layout set then is kept and applied to the table once it is.
    QJsonObject tableLayout() const;
    void setTableLayout(const QJsonObject& layout);
    PageLoaderBar* pageLoader() { return built(m_pageLoader); }
    QTreeView* treeView() { return built(m_tree); }
    bool isDigestReady() const { return m_digestReady; }
    const BodyDigest& digest() const { return m_digest; }
    const Response& response() const { return m_response; }

signals:
    // The body has been looked at (off the UI thread): pretty text, item count, tree.
    void digestReady(const BodyDigest& digest);

private:
    void ensureAnswerPage();
    template <typename Part> Part* built(Part* const& part)
    {
        ensureAnswerPage();
        return part;
    }
    void showPage(bool answer);
    void applyDigest(const BodyDigest& digest, const Provider* provider);
    QString composeSummary(const ResponseSummary& summary) const;
    void showImage();

    QStackedWidget* m_pages;
    QLabel* m_placeholder;
    MessageBanner* m_summary = nullptr;
    QLabel* m_details = nullptr;
    QProgressBar* m_progress = nullptr;
    QTabWidget* m_tabs = nullptr;
    BigTextView* m_pretty = nullptr;
    FindBar* m_prettyFind = nullptr;
    BigTextView* m_raw = nullptr;
    FindBar* m_rawFind = nullptr;
    QTableWidget* m_headers = nullptr;
    QTreeView* m_tree = nullptr;
    ResponseTableView* m_table = nullptr;
    QJsonObject m_pendingTableLayout; // set before m_table was built
    PageLoaderBar* m_pageLoader = nullptr;
    PageLoaderBar::Context m_paging;
    bool m_pagingSet = false;
    bool m_tabChosen = false; // the person picked a tab since the answer came
    std::unique_ptr<JsonTreeModel> m_treeModel;
    QScrollArea* m_imageArea = nullptr;
    QLabel* m_image = nullptr;
    Response m_response;
    BodyDigest m_digest;
    bool m_digestReady = false;
    quint64 m_generation = 0;
    QString m_note; // shown above the summary of the answer on show
};
