#pragma once

#include "MessageBanner.h"
#include "PageLoaderBar.h"
#include "data/BodyDigest.h"
#include "http/SendResult.h"

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

    MessageBanner* summary() const { return m_summary; }
    QString summaryText() const;
    QString detailsText() const;
    QTabWidget* tabs() const { return m_tabs; }
    BigTextView* prettyView() const { return m_pretty; }
    BigTextView* rawView() const { return m_raw; }
    QTableWidget* headersTable() const { return m_headers; }
    ResponseTableView* tableView() const { return m_table; }
    PageLoaderBar* pageLoader() const { return m_pageLoader; }
    QTreeView* treeView() const { return m_tree; }
    bool isDigestReady() const { return m_digestReady; }
    const BodyDigest& digest() const { return m_digest; }
    const Response& response() const { return m_response; }

signals:
    // The body has been looked at (off the UI thread): pretty text, item count, tree.
    void digestReady(const BodyDigest& digest);

private:
    void showPage(bool answer);
    void applyDigest(const BodyDigest& digest, const Provider* provider);
    QString composeSummary(const ResponseSummary& summary) const;
    void showImage();

    QStackedWidget* m_pages;
    QLabel* m_placeholder;
    MessageBanner* m_summary;
    QLabel* m_details;
    QProgressBar* m_progress;
    QTabWidget* m_tabs;
    BigTextView* m_pretty;
    FindBar* m_prettyFind;
    BigTextView* m_raw;
    FindBar* m_rawFind;
    QTableWidget* m_headers;
    QTreeView* m_tree;
    ResponseTableView* m_table;
    PageLoaderBar* m_pageLoader;
    PageLoaderBar::Context m_paging;
    bool m_pagingSet = false;
    bool m_tabChosen = false; // the person picked a tab since the answer came
    std::unique_ptr<JsonTreeModel> m_treeModel;
    QScrollArea* m_imageArea;
    QLabel* m_image;
    Response m_response;
    BodyDigest m_digest;
    bool m_digestReady = false;
    quint64 m_generation = 0;
    QString m_note; // shown above the summary of the answer on show
};
