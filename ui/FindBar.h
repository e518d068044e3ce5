#pragma once

#include <QPointer>
#include <QWidget>

class BigTextView;
class QLabel;
class QLineEdit;
class QToolButton;

// A find bar for a BigTextView: a text field, "3 of 120", previous/next, match case, close.
// It starts hidden; put it under (or over) the view in a layout.
//
//     auto* view = new BigTextView(this);
//     auto* find = new FindBar(view, this);
//     layout->addWidget(view);
//     layout->addWidget(find);
//
// Keys: Ctrl+F in the view (or in the bar) opens it with the field focused (and the view's short
// one-line selection filled in); Enter or F3 goes to the next match, Shift+Enter or Shift+F3 to
// the previous one (F3 also works in the view); Escape closes it and gives the focus back to the
// view. The view searches as the text is typed, off the UI thread; closing clears the highlights.
class FindBar : public QWidget
{
    Q_OBJECT

public:
    explicit FindBar(BigTextView* view, QWidget* parent = nullptr);

    BigTextView* view() const { return m_view; }
    QLineEdit* field() const { return m_field; }
    QString text() const;
    bool caseSensitive() const;
    void setCaseSensitive(bool on);
    // What the bar shows about the matches: "3 of 120", "No matches", "Searching…".
    QString statusText() const;

public slots:
    void openFind();
    void closeFind();
    void findNext();
    void findPrevious();

signals:
    void opened();
    void closed();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void search();
    void updateStatus();

    QPointer<BigTextView> m_view; // the bar may outlive it
    QLineEdit* m_field;
    QLabel* m_status;
    QToolButton* m_previous;
    QToolButton* m_next;
    QToolButton* m_case;
    QToolButton* m_close;
};
