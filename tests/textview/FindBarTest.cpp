// The find bar driven by the keyboard, as a person uses it.
#include "FindBar.h"

#include "BigTextView.h"

#include <QApplication>
#include <QLineEdit>
#include <QShortcut>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QVBoxLayout>

class FindBarTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void ctrlF_opens_typingSearches();
    void enterAndF3_stepThroughMatches();
    void caseToggle_and_noMatches();
    void escape_closes_andClearsHighlights();
    void escape_winsOverAWindowShortcut();
    void selection_fillsTheField();
    void f3_inTheView_opensTheBar();
    void buttons();

private:
    void openAndType(const QString& text);

    std::unique_ptr<QWidget> m_window;
    BigTextView* m_view = nullptr;
    FindBar* m_bar = nullptr;
};

void FindBarTest::init()
{
    m_window = std::make_unique<QWidget>();
    m_view = new BigTextView(m_window.get());
    m_bar = new FindBar(m_view, m_window.get());
    auto* layout = new QVBoxLayout(m_window.get());
    layout->addWidget(m_view);
    layout->addWidget(m_bar);
    m_window->resize(700, 400);
    m_view->setContent("foo bar\nFoo baz\nfood\nnothing here\n", BigTextView::Mode::Plain);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_view->setFocus();
    QTRY_VERIFY(m_view->hasFocus());
}

void FindBarTest::cleanup()
{
    m_window.reset();
}

void FindBarTest::openAndType(const QString& text)
{
    QTest::keyClick(m_view, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(m_bar->isVisible());
    QTRY_VERIFY(m_bar->field()->hasFocus());
    QTest::keyClicks(m_bar->field(), text);
}

void FindBarTest::ctrlF_opens_typingSearches()
{
    QVERIFY(m_bar->isHidden());
    openAndType(QStringLiteral("foo"));
    QTRY_COMPARE(m_bar->statusText(), QStringLiteral("1 of 3"));
    QCOMPARE(m_view->findText(), QStringLiteral("foo"));
    QCOMPARE(m_view->selectedText(), QStringLiteral("foo"));
    // Typing on narrows the search.
    QTest::keyClick(m_bar->field(), Qt::Key_D);
    QTRY_COMPARE(m_bar->statusText(), QStringLiteral("1 of 1"));
    QCOMPARE(m_view->cursorLine(), 2);
    // Ctrl+F again keeps the bar open and selects the field's text.
    QTest::keyClick(m_bar->field(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(m_bar->isVisible());
    QCOMPARE(m_bar->field()->selectedText(), QStringLiteral("food"));
}

void FindBarTest::enterAndF3_stepThroughMatches()
{
    openAndType(QStringLiteral("foo"));
    QTRY_COMPARE(m_bar->statusText(), QStringLiteral("1 of 3"));
    QTest::keyClick(m_bar->field(), Qt::Key_Return);
    QCOMPARE(m_bar->statusText(), QStringLiteral("2 of 3"));
    QCOMPARE(m_view->cursorLine(), 1);
    QTest::keyClick(m_bar->field(), Qt::Key_F3);
    QCOMPARE(m_bar->statusText(), QStringLiteral("3 of 3"));
    QTest::keyClick(m_bar->field(), Qt::Key_Enter);
    QCOMPARE(m_bar->statusText(), QStringLiteral("1 of 3")); // wraps
    QTest::keyClick(m_bar->field(), Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(m_bar->statusText(), QStringLiteral("3 of 3"));
    QTest::keyClick(m_bar->field(), Qt::Key_F3, Qt::ShiftModifier);
    QCOMPARE(m_bar->statusText(), QStringLiteral("2 of 3"));
    QVERIFY(m_bar->field()->hasFocus()); // the focus stays in the field
}

void FindBarTest::caseToggle_and_noMatches()
{
    openAndType(QStringLiteral("Foo"));
    QTRY_COMPARE(m_bar->statusText(), QStringLiteral("1 of 3"));
    m_bar->setCaseSensitive(true);
    QTRY_COMPARE(m_bar->statusText(), QStringLiteral("1 of 1"));
    QCOMPARE(m_view->cursorLine(), 1);
    QTest::keyClicks(m_bar->field(), QStringLiteral("tball"));
    QTRY_COMPARE(m_bar->statusText(), QStringLiteral("No matches"));
    m_bar->field()->clear();
    QTRY_COMPARE(m_bar->statusText(), QString());
}

void FindBarTest::escape_closes_andClearsHighlights()
{
    openAndType(QStringLiteral("ba"));
    QTRY_COMPARE(m_bar->statusText(), QStringLiteral("1 of 2"));
    QSignalSpy closed(m_bar, &FindBar::closed);
    QTest::keyClick(m_bar->field(), Qt::Key_Escape);
    QVERIFY(m_bar->isHidden());
    QCOMPARE(closed.size(), 1);
    QTRY_VERIFY(m_view->hasFocus());
    QCOMPARE(m_view->matchCount(), 0);
    QCOMPARE(m_view->findText(), QString());
    // The selection of the last match stays, as in an editor; opening again searches again.
    QCOMPARE(m_view->selectedText(), QStringLiteral("ba"));
    QTest::keyClick(m_view, Qt::Key_F, Qt::ControlModifier);
    QTRY_COMPARE(m_view->matchCount(), 2);
    QCOMPARE(m_bar->field()->text(), QStringLiteral("ba"));
}

void FindBarTest::escape_winsOverAWindowShortcut()
{
    int cancelled = 0;
    auto* cancel = new QShortcut(QKeySequence(Qt::Key_Escape), m_window.get());
    connect(cancel, &QShortcut::activated, this, [&cancelled] { ++cancelled; });
    openAndType(QStringLiteral("foo"));
    QTest::keyClick(m_bar->field(), Qt::Key_Escape);
    QVERIFY(m_bar->isHidden());
    QCOMPARE(cancelled, 0);
    // With the bar closed, Escape belongs to the window again.
    QTest::keyClick(m_view, Qt::Key_Escape);
    QCOMPARE(cancelled, 1);
}

void FindBarTest::selection_fillsTheField()
{
    QTest::keyClick(m_view, Qt::Key_Down);
    QTest::keyClick(m_view, Qt::Key_Right, Qt::ControlModifier | Qt::ShiftModifier); // "Foo "
    QTest::keyClick(m_view, Qt::Key_Left, Qt::ShiftModifier); // "Foo"
    QCOMPARE(m_view->selectedText(), QStringLiteral("Foo"));
    QTest::keyClick(m_view, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(m_bar->field()->hasFocus());
    QCOMPARE(m_bar->field()->text(), QStringLiteral("Foo"));
    QCOMPARE(m_bar->field()->selectedText(), QStringLiteral("Foo")); // typing replaces it
    QTRY_COMPARE(m_bar->statusText(), QStringLiteral("2 of 3")); // starts at the selection
}

void FindBarTest::f3_inTheView_opensTheBar()
{
    QTest::keyClick(m_view, Qt::Key_F3);
    QTRY_VERIFY(m_bar->isVisible());
    QTest::keyClicks(m_bar->field(), QStringLiteral("o"));
    QTRY_VERIFY(m_view->matchCount() > 0);
    const qsizetype first = m_view->currentMatch();
    m_view->setFocus();
    QTRY_VERIFY(m_view->hasFocus());
    QTest::keyClick(m_view, Qt::Key_F3); // open: next match
    QCOMPARE(m_view->currentMatch(), first + 1);
    QTest::keyClick(m_view, Qt::Key_F3, Qt::ShiftModifier);
    QCOMPARE(m_view->currentMatch(), first);
}

void FindBarTest::buttons()
{
    openAndType(QStringLiteral("foo"));
    QTRY_COMPARE(m_bar->statusText(), QStringLiteral("1 of 3"));
    auto* next = m_bar->findChild<QToolButton*>(QStringLiteral("findNext"));
    auto* previous = m_bar->findChild<QToolButton*>(QStringLiteral("findPrevious"));
    auto* close = m_bar->findChild<QToolButton*>(QStringLiteral("findClose"));
    QVERIFY(next && previous && close);
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(m_bar->statusText(), QStringLiteral("2 of 3"));
    QTest::mouseClick(previous, Qt::LeftButton);
    QCOMPARE(m_bar->statusText(), QStringLiteral("1 of 3"));
    QTest::mouseClick(close, Qt::LeftButton);
    QVERIFY(m_bar->isHidden());
}

QTEST_MAIN(FindBarTest)
#include "FindBarTest.moc"
