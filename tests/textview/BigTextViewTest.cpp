// BigTextView driven through the keyboard and mouse, with small texts and a generated 100 MB JSON.
#include "BigTextView.h"

#include "SyntaxPalette.h"

#include <QApplication>
#include <QClipboard>
#include <QElapsedTimer>
#include <QImage>
#include <QPointer>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

class BigTextViewTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void smallText_isReadyAtOnce();
    void shiftDown_selectsALine_andCtrlC_copiesIt();
    void shiftArrows_characterPrecision_inUtf8();
    void wordsHomeEnd();
    void mouseDrag_selectsAcrossLines();
    void doubleClick_selectsWord();
    void ctrlA_selectsAll();
    void invalidUtf8_showsReplacementCharacters();
    void jsonMode_colours();
    void pageKeys_scroll();
    void find_small_highlightsAndSteps();
    void longLine_scrollsInSlices();

    void huge_setContentReturnsAtOnce_thenReady();
    void huge_ctrlEnd_showsLastLine();
    void huge_findNeedleAtTheEnd();
    void huge_copyOverLimit_saysSo();
    void huge_replacedOrDestroyedWhileIndexing();

private:
    std::unique_ptr<BigTextView> m_view;
    QByteArray m_huge;
    qint64 m_hugeLines = 0;
    qint64 m_needleLine = -1;
};

namespace {

// Pretty JSON the way BodyFormatter::prettyJson writes it: an array of objects, ~100 bytes each.
QByteArray generateJson(qint64 targetBytes, qint64* lines, qint64* needleLine)
{
    QByteArray out;
    out.reserve(targetBytes + 4096);
    out += "[\n";
    qint64 count = 1;
    for (int i = 0; out.size() < targetBytes; ++i) {
        out += "  {\n    \"id\": ";
        out += QByteArray::number(i);
        out += ",\n    \"name\": \"item ";
        out += QByteArray::number(i);
        out += "\",\n    \"active\": true,\n    \"score\": 12.5,\n    \"owner\": null\n  },\n";
        count += 7;
    }
    out += "  {\n    \"note\": \"needle\"\n  }\n]\n";
    *needleLine = count + 1;
    *lines = count + 4;
    return out;
}

} // namespace

void BigTextViewTest::initTestCase()
{
    QElapsedTimer timer;
    timer.start();
    m_huge = generateJson(100'000'000, &m_hugeLines, &m_needleLine);
    qInfo("generated %lld MB, %lld lines in %lld ms", m_huge.size() >> 20, m_hugeLines, timer.elapsed());
}

void BigTextViewTest::init()
{
    m_view = std::make_unique<BigTextView>();
    m_view->resize(800, 600);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QApplication::setActiveWindow(m_view.get());
    m_view->setFocus();
    QTRY_VERIFY(m_view->hasFocus());
}

void BigTextViewTest::cleanup()
{
    m_view.reset();
}

void BigTextViewTest::smallText_isReadyAtOnce()
{
    QSignalSpy ready(m_view.get(), &BigTextView::ready);
    m_view->setContent("one\ntwo\nthree\n", BigTextView::Mode::Plain);
    QVERIFY(m_view->isReady());
    QVERIFY(!m_view->isPreparing());
    QCOMPARE(ready.size(), 1);
    QCOMPARE(m_view->lineCount(), 3);
    QCOMPARE(m_view->firstVisibleLine(), 0);
    QCOMPARE(m_view->lastVisibleLine(), 2);
    QCOMPARE(m_view->cursorPosition(), 0);
    QVERIFY(!m_view->hasSelection());

    m_view->clear();
    QCOMPARE(m_view->lineCount(), 0);
    QCOMPARE(m_view->lastVisibleLine(), -1);
    m_view->setPlaceholderText(QStringLiteral("Empty response"));
    m_view->viewport()->repaint();
}

void BigTextViewTest::shiftDown_selectsALine_andCtrlC_copiesIt()
{
    m_view->setContent("line one\nline two\r\nline three", BigTextView::Mode::Plain);
    QTest::keyClick(m_view.get(), Qt::Key_Down, Qt::ShiftModifier);
    QCOMPARE(m_view->selectedText(), QStringLiteral("line one\n"));
    QTest::keyClick(m_view.get(), Qt::Key_Down, Qt::ShiftModifier);
    QCOMPARE(m_view->selectedText(), QStringLiteral("line one\nline two\r\n"));
    QTest::keyClick(m_view.get(), Qt::Key_End, Qt::ShiftModifier);
    QCOMPARE(m_view->selectedText(), QStringLiteral("line one\nline two\r\nline three"));

    QGuiApplication::clipboard()->clear();
    QTest::keyClick(m_view.get(), Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("line one\nline two\r\nline three"));

    // Shift+Up from the end keeps the column.
    QTest::keyClick(m_view.get(), Qt::Key_Home);
    QTest::keyClick(m_view.get(), Qt::Key_Right);
    QTest::keyClick(m_view.get(), Qt::Key_Right);
    QTest::keyClick(m_view.get(), Qt::Key_Up, Qt::ShiftModifier);
    QCOMPARE(m_view->selectedText(), QStringLiteral("ne two\r\nli"));
    QTest::keyClick(m_view.get(), Qt::Key_Right); // no Shift: the selection goes
    QVERIFY(!m_view->hasSelection());
}

void BigTextViewTest::shiftArrows_characterPrecision_inUtf8()
{
    m_view->setContent("a\xc3\xb1"
                       "b\xf0\x9f\x98\x80"
                       "c\n",
                       BigTextView::Mode::Plain); // añb😀c
    QTest::keyClick(m_view.get(), Qt::Key_Right, Qt::ShiftModifier);
    QCOMPARE(m_view->selectedText(), QStringLiteral("a"));
    QTest::keyClick(m_view.get(), Qt::Key_Right, Qt::ShiftModifier);
    QCOMPARE(m_view->selectedText(), QString::fromUtf8("añ"));
    QCOMPARE(m_view->cursorPosition(), 3);
    QTest::keyClick(m_view.get(), Qt::Key_Right, Qt::ShiftModifier);
    QTest::keyClick(m_view.get(), Qt::Key_Right, Qt::ShiftModifier);
    QCOMPARE(m_view->selectedText(), QString::fromUtf8("añb😀"));
    QCOMPARE(m_view->cursorPosition(), 8);
    QTest::keyClick(m_view.get(), Qt::Key_Left, Qt::ShiftModifier);
    QCOMPARE(m_view->selectedText(), QString::fromUtf8("añb"));
    // A position inside a character moves to its start.
    m_view->setCursorPosition(2);
    QCOMPARE(m_view->cursorPosition(), 1);
    m_view->setCursorPosition(7);
    QCOMPARE(m_view->cursorPosition(), 4);
}

void BigTextViewTest::wordsHomeEnd()
{
    m_view->setContent("  \"name\": \"value one\",\nnext", BigTextView::Mode::Json);
    QTest::keyClick(m_view.get(), Qt::Key_End);
    QCOMPARE(m_view->cursorPosition(), 22);
    QTest::keyClick(m_view.get(), Qt::Key_Home, Qt::ShiftModifier);
    QCOMPARE(m_view->selectedText(), QStringLiteral("  \"name\": \"value one\","));
    QTest::keyClick(m_view.get(), Qt::Key_Right, Qt::ControlModifier); // from the line start: next word
    QCOMPARE(m_view->cursorPosition(), 3);
    QTest::keyClick(m_view.get(), Qt::Key_Right, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_view->selectedText(), QStringLiteral("name\": \""));
    QTest::keyClick(m_view.get(), Qt::Key_End, Qt::ControlModifier);
    QCOMPARE(m_view->cursorPosition(), 27);
    QTest::keyClick(m_view.get(), Qt::Key_Left, Qt::ControlModifier);
    QCOMPARE(m_view->cursorPosition(), 23);
    QTest::keyClick(m_view.get(), Qt::Key_Left);
    QCOMPARE(m_view->cursorPosition(), 22); // end of the line above
    QTest::keyClick(m_view.get(), Qt::Key_Home, Qt::ControlModifier);
    QCOMPARE(m_view->cursorPosition(), 0);
}

void BigTextViewTest::mouseDrag_selectsAcrossLines()
{
    m_view->setContent("first line\nsecond line\nthird", BigTextView::Mode::Plain);
    const QRect from = m_view->cursorRect(6); // before "line"
    const QRect to = m_view->cursorRect(11 + 6); // after "second"
    QWidget* viewport = m_view->viewport();
    QTest::mousePress(viewport, Qt::LeftButton, {}, from.center() + QPoint(1, 0));
    QCOMPARE(m_view->cursorPosition(), 6);
    QTest::mouseMove(viewport, to.center() + QPoint(1, 0));
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, to.center() + QPoint(1, 0));
    QCOMPARE(m_view->selectedText(), QStringLiteral("line\nsecond"));

    // Shift+click extends.
    QTest::mouseClick(viewport, Qt::LeftButton, Qt::ShiftModifier, m_view->cursorRect(11 + 11 + 1 + 3).center());
    QCOMPARE(m_view->selectedText(), QStringLiteral("line\nsecond line\nthi"));
    // A click elsewhere, below the last line: the end of the text.
    QTest::mouseClick(viewport, Qt::LeftButton, {}, QPoint(viewport->width() - 5, viewport->height() - 5));
    QVERIFY(!m_view->hasSelection());
    QCOMPARE(m_view->cursorPosition(), 28);
}

void BigTextViewTest::doubleClick_selectsWord()
{
    m_view->setContent("  \"login\": \"octocat\",", BigTextView::Mode::Json);
    const QPoint inside = m_view->cursorRect(14).center() + QPoint(2, 0);
    QTest::mouseDClick(m_view->viewport(), Qt::LeftButton, {}, inside);
    QCOMPARE(m_view->selectedText(), QStringLiteral("octocat"));
}

void BigTextViewTest::ctrlA_selectsAll()
{
    const QByteArray text("{\n  \"a\": 1\n}");
    m_view->setContent(text, BigTextView::Mode::Json);
    QTest::keyClick(m_view.get(), Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(m_view->selectionStart(), 0);
    QCOMPARE(m_view->selectionEnd(), text.size());
    QTest::keyClick(m_view.get(), Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), QString::fromUtf8(text));
}

void BigTextViewTest::invalidUtf8_showsReplacementCharacters()
{
    m_view->setContent("\xff\xfe"
                       "ok\x01\n\xc3",
                       BigTextView::Mode::Json);
    QCOMPARE(m_view->lineCount(), 2);
    m_view->viewport()->repaint();
    QTest::keyClick(m_view.get(), Qt::Key_Right, Qt::ShiftModifier);
    QCOMPARE(m_view->cursorPosition(), 1); // one byte, one character
    QCOMPARE(m_view->selectedText(), QString(QChar::ReplacementCharacter));
    QTest::keyClick(m_view.get(), Qt::Key_End, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_view->cursorPosition(), 7);
    QTest::keyClick(m_view.get(), Qt::Key_Left);
    QTest::keyClick(m_view.get(), Qt::Key_Left);
    QCOMPARE(m_view->cursorPosition(), 5); // the line break is one step
}

void BigTextViewTest::jsonMode_colours()
{
    // Lines are coloured when painted: the name's colour must be on screen in JSON mode only.
    QFont big = m_view->font();
    big.setPointSize(24);
    m_view->setFont(big);
    const QColor nameColour = SyntaxPalette(m_view->palette()).color(JsonLineLexer::Kind::Name);
    auto countColour = [&] {
        const QImage image = m_view->viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
        int count = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                count += QColor(image.pixel(x, y)) == nameColour ? 1 : 0;
            }
        }
        return count;
    };
    m_view->setContent("{\n  \"name\": \"value\"\n}\n", BigTextView::Mode::Plain);
    QCOMPARE(countColour(), 0);
    m_view->setMode(BigTextView::Mode::Json);
    QVERIFY(countColour() > 0);
}

void BigTextViewTest::pageKeys_scroll()
{
    QByteArray text;
    for (int i = 0; i < 1000; ++i) {
        text += "line " + QByteArray::number(i) + '\n';
    }
    m_view->setContent(text, BigTextView::Mode::Plain);
    const qint64 page = m_view->lastVisibleLine() - m_view->firstVisibleLine();
    QVERIFY(page > 5);
    QTest::keyClick(m_view.get(), Qt::Key_PageDown);
    QVERIFY(m_view->firstVisibleLine() >= page - 1);
    QVERIFY(m_view->cursorLine() >= m_view->firstVisibleLine() && m_view->cursorLine() <= m_view->lastVisibleLine());
    QTest::keyClick(m_view.get(), Qt::Key_PageUp);
    QCOMPARE(m_view->firstVisibleLine(), 0);
    QCOMPARE(m_view->cursorLine(), 0);
    QTest::keyClick(m_view.get(), Qt::Key_End, Qt::ControlModifier);
    QCOMPARE(m_view->lastVisibleLine(), 999);
    // The wheel scrolls too.
    const qint64 before = m_view->firstVisibleLine();
    QWheelEvent wheel(QPointF(50, 50), m_view->viewport()->mapToGlobal(QPointF(50, 50)), QPoint(), QPoint(0, 120),
                      Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(m_view->viewport(), &wheel);
    QVERIFY(m_view->firstVisibleLine() < before);
    m_view->setLineNumbersVisible(false);
    m_view->viewport()->repaint();
}

void BigTextViewTest::find_small_highlightsAndSteps()
{
    m_view->setContent("Alpha beta\nalpha\nALPHA gamma alpha", BigTextView::Mode::Plain);
    QSignalSpy changed(m_view.get(), &BigTextView::matchesChanged);
    m_view->find(QStringLiteral("alpha"));
    QTRY_VERIFY(!m_view->isSearching());
    QCOMPARE(m_view->matchCount(), 4);
    QCOMPARE(m_view->currentMatch(), 0);
    QCOMPARE(m_view->selectedText(), QStringLiteral("Alpha"));
    QVERIFY(m_view->findNext());
    QCOMPARE(m_view->matchOffset(m_view->currentMatch()), 11);
    QVERIFY(m_view->findPrevious());
    QVERIFY(m_view->findPrevious()); // wraps
    QCOMPARE(m_view->currentMatch(), 3);
    m_view->viewport()->repaint();

    m_view->find(QStringLiteral("alpha"), Qt::CaseSensitive);
    QTRY_VERIFY(!m_view->isSearching());
    QCOMPARE(m_view->matchCount(), 2);
    m_view->find(QStringLiteral("zeta"));
    QTRY_VERIFY(!m_view->isSearching());
    QCOMPARE(m_view->matchCount(), 0);
    QCOMPARE(m_view->currentMatch(), -1);
    QVERIFY(!m_view->findNext());
    m_view->clearFind();
    QCOMPARE(m_view->findText(), QString());
    QVERIFY(changed.size() > 0);

    // Matches do not overlap; the search starts from the cursor.
    m_view->setContent("aaaaa\naa", BigTextView::Mode::Plain);
    m_view->setCursorPosition(6);
    m_view->find(QStringLiteral("aa"));
    QTRY_VERIFY(!m_view->isSearching());
    QCOMPARE(m_view->matchCount(), 3);
    QCOMPARE(m_view->matchOffset(2), 6);
    QCOMPARE(m_view->currentMatch(), 2);
}

void BigTextViewTest::longLine_scrollsInSlices()
{
    // A minified JSON on one line, 20 MB: End goes there and the slice around it is painted.
    QByteArray line = "[";
    for (int i = 0; line.size() < 20'000'000; ++i) {
        line += "{\"id\":" + QByteArray::number(i) + ",\"name\":\"n\xc3\xa9" + QByteArray::number(i) + "\"},";
    }
    line += "{\"last\":true}]";
    m_view->setContent(line, BigTextView::Mode::Json);
    QTRY_VERIFY(m_view->isReady());
    QCOMPARE(m_view->lineCount(), 1);
    QElapsedTimer paint;
    paint.start();
    m_view->viewport()->repaint();
    QTest::keyClick(m_view.get(), Qt::Key_End);
    QCOMPARE(m_view->cursorPosition(), line.size());
    QVERIFY(m_view->firstVisibleColumn() > 19'000'000);
    m_view->viewport()->repaint();
    QVERIFY(m_view->viewport()->rect().contains(m_view->cursorRect(line.size()).center()));
    QTest::keyClick(m_view.get(), Qt::Key_Left, Qt::ShiftModifier);
    QTest::keyClick(m_view.get(), Qt::Key_Left, Qt::ShiftModifier);
    QCOMPARE(m_view->selectedText(), QStringLiteral("}]"));
    m_view->horizontalScrollBar()->setValue(10'000'000);
    m_view->viewport()->repaint();
    qInfo("three paints of a 20 MB line: %lld ms", paint.elapsed());
    QTest::keyClick(m_view.get(), Qt::Key_Home);
    QCOMPARE(m_view->cursorPosition(), 0);
    QCOMPARE(m_view->firstVisibleColumn(), 0);
}

void BigTextViewTest::huge_setContentReturnsAtOnce_thenReady()
{
    QSignalSpy ready(m_view.get(), &BigTextView::ready);
    QElapsedTimer timer;
    timer.start();
    m_view->setContent(m_huge, BigTextView::Mode::Json);
    const qint64 callMs = timer.elapsed();
    qInfo("setContent(100 MB) returned after %lld ms", callMs);
    QVERIFY2(callMs < 50, qPrintable(QStringLiteral("setContent took %1 ms").arg(callMs)));
    QVERIFY(m_view->isPreparing());
    m_view->viewport()->repaint(); // "Preparing…"
    QTRY_VERIFY_WITH_TIMEOUT(m_view->lineCount() > 0, 10000); // the first lines come first
    QTRY_VERIFY_WITH_TIMEOUT(m_view->isReady(), 60000);
    qInfo("ready after %lld ms", timer.elapsed());
    QCOMPARE(ready.size(), 1);
    QCOMPARE(m_view->lineCount(), m_hugeLines);
    QCOMPARE(m_view->firstVisibleLine(), 0);
}

void BigTextViewTest::huge_ctrlEnd_showsLastLine()
{
    m_view->setContent(m_huge, BigTextView::Mode::Json);
    QTRY_VERIFY_WITH_TIMEOUT(m_view->isReady(), 60000);
    QTest::keyClick(m_view.get(), Qt::Key_End, Qt::ControlModifier);
    QCOMPARE(m_view->cursorLine(), m_hugeLines - 1);
    QCOMPARE(m_view->lastVisibleLine(), m_hugeLines - 1);
    QVERIFY(m_view->firstVisibleLine() > m_hugeLines - 100);
    m_view->viewport()->repaint();
    // Select upwards (the column is kept: the last line is "]") and copy: the end of the text.
    QTest::keyClick(m_view.get(), Qt::Key_Up, Qt::ShiftModifier);
    QTest::keyClick(m_view.get(), Qt::Key_Up, Qt::ShiftModifier);
    QTest::keyClick(m_view.get(), Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("   \"note\": \"needle\"\n  }\n]"));
    QTest::keyClick(m_view.get(), Qt::Key_Home, Qt::ControlModifier);
    QCOMPARE(m_view->firstVisibleLine(), 0);
}

void BigTextViewTest::huge_findNeedleAtTheEnd()
{
    m_view->setContent(m_huge, BigTextView::Mode::Json);
    QTRY_VERIFY_WITH_TIMEOUT(m_view->isReady(), 60000);
    QElapsedTimer timer;
    timer.start();
    m_view->find(QStringLiteral("NEEDLE")); // case-insensitive
    QVERIFY(m_view->isSearching());
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->isSearching(), 60000);
    qInfo("found in %lld ms", timer.elapsed());
    QCOMPARE(m_view->matchCount(), 1);
    QCOMPARE(m_view->currentMatch(), 0);
    QCOMPARE(m_view->cursorLine(), m_needleLine);
    QVERIFY(m_view->firstVisibleLine() <= m_needleLine && m_needleLine <= m_view->lastVisibleLine());
    QCOMPARE(m_view->selectedText(), QStringLiteral("needle"));
    m_view->viewport()->repaint();

    // Many matches come in batches while the search runs.
    m_view->find(QStringLiteral("\"active\""));
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->isSearching(), 60000);
    QCOMPARE(m_view->matchCount(), (m_hugeLines - 5) / 7); // one per item
    m_view->viewport()->repaint();
}

void BigTextViewTest::huge_copyOverLimit_saysSo()
{
    m_view->setContent(m_huge, BigTextView::Mode::Json);
    QTRY_VERIFY_WITH_TIMEOUT(m_view->isReady(), 60000);
    QGuiApplication::clipboard()->setText(QStringLiteral("before"));
    QSignalSpy notices(m_view.get(), &BigTextView::notice);
    QTest::keyClick(m_view.get(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(m_view.get(), Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(notices.size(), 1);
    QVERIFY2(m_view->noticeText().contains(QStringLiteral("64")), qPrintable(m_view->noticeText()));
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("before"));
    QCOMPARE(m_view->selectedText(), QString()); // too long to hand out
    m_view->viewport()->repaint();

    // 10 MB: copied, decoded off the UI thread.
    m_view->setSelection(0, 10'000'000);
    m_view->copy();
    QTRY_COMPARE_WITH_TIMEOUT(QGuiApplication::clipboard()->text().size(), 10'000'000, 20000);
}

void BigTextViewTest::huge_replacedOrDestroyedWhileIndexing()
{
    m_view->setContent(m_huge, BigTextView::Mode::Json);
    m_view->find(QStringLiteral("needle"));
    m_view->setContent("small\n", BigTextView::Mode::Plain); // the running index and search are dropped
    QVERIFY(m_view->isReady());
    QTest::qWait(1500);
    QCOMPARE(m_view->lineCount(), 1);
    QCOMPARE(m_view->matchCount(), 0);
    QCOMPARE(m_view->findText(), QStringLiteral("needle"));

    QPointer<BigTextView> other = new BigTextView;
    other->setContent(m_huge, BigTextView::Mode::Json);
    other->find(QStringLiteral("needle"));
    delete other;
    QTest::qWait(1500); // the workers finish and their results go nowhere
    QVERIFY(!other);
}

QTEST_MAIN(BigTextViewTest)
#include "BigTextViewTest.moc"
