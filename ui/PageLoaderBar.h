#pragma once

#include "http/PageRule.h"
#include "http/Paginator.h"
#include "http/RequestSender.h"
#include "http/RequestSpec.h"
#include "http/SendResult.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QWidget>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;

// "Load all pages" under an answer that is one page of a longer list: the button, then a progress
// bar ("Page 3 of 9 · 250 items so far"), Cancel, and what happened (rate-limit pauses included).
// For a custom API the style of its pages can be chosen by hand. The paging itself is core's
// Paginator; this bar only shows it. Rows of each page come out of pageRows().
class PageLoaderBar : public QWidget
{
    Q_OBJECT

public:
    explicit PageLoaderBar(QWidget* parent = nullptr);

    struct Context
    {
        RequestSender* sender = nullptr;
        RequestSpec spec; // the first page's request, as composed
        RequestSender::Options options;
        PageRule rule;
        QJsonObject rateLimit; // the provider's "rateLimit"
        int pageCap = 50;
        bool styleChoice = false; // a custom API: offer the page styles
    };

    // The page just answered; offer() decides whether there is more to load.
    void setContext(const Context& context, const SendResult& firstPage);
    // Looks at the first page (its parsed body, when known, and its rows) and shows the button
    // when a next page exists. Hides everything when it does not.
    void offer(const QJsonValue& root, int items);
    void reset(); // a new request: hide, stop

    void loadAll();
    void cancel();
    bool isLoading() const;
    bool isOffered() const;

    QPushButton* loadButton() const { return m_load; }
    QPushButton* cancelButton() const { return m_cancel; }
    QProgressBar* progressBar() const { return m_progress; }
    QLabel* statusLabel() const { return m_status; }
    QComboBox* styleBox() const { return m_style; }
    Paginator* paginator() const { return m_paginator; }

signals:
    void pageRows(const JsonTable& rows);
    void started();
    void finished(Paginator::Outcome outcome, const QString& message);

private:
    PageRule currentRule() const;
    void showProgress(const Paginator::Progress& progress);

    Context m_context;
    SendResult m_firstPage;
    QJsonValue m_root;
    int m_items = 0;
    Paginator* m_paginator = nullptr;
    QComboBox* m_style;
    QPushButton* m_load;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QLabel* m_status;
};
