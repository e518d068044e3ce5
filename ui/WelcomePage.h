#pragma once

#include <QList>
#include <QWidget>

class QAction;
class QLabel;
class QPushButton;

// The central area before there is anything else to show: what Latchkey is,
// and the first step.
class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    WelcomePage(QAction* addAction, QWidget* parent = nullptr);

    void setTokenCount(int count);

private:
    QLabel* m_title;
    QList<QLabel*> m_paragraphs; // plain text, word-wrapped: cheaper to lay out than rich text
    QPushButton* m_add;
    int m_shown = -1; // what the text is for: 0 = no token yet, 1 = some; -1 = nothing yet
};
