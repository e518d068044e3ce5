#include "data/LineIndex.h"

#include <QTest>

class LineIndexTest : public QObject
{
    Q_OBJECT

private slots:
    void lines_data();
    void lines();
    void lineAt();
    void acrossChunks();
    void partialThenFinish();
    void stopsWhenProgressSaysSo();
    void outOfRange();
};

namespace {

// The lines as a test reads them: the index's view of every line.
QList<QByteArray> linesOf(const LineIndex& index)
{
    QList<QByteArray> lines;
    for (qint64 i = 0; i < index.lineCount(); ++i) {
        lines.append(index.line(i).toByteArray());
    }
    return lines;
}

// The same, the slow and obvious way.
QList<QByteArray> expectedLines(const QByteArray& text)
{
    QList<QByteArray> lines = text.split('\n');
    if (text.endsWith('\n') || text.isEmpty()) {
        lines.removeLast();
    }
    for (QByteArray& line : lines) {
        if (line.endsWith('\r')) {
            line.chop(1);
        }
    }
    return lines;
}

QByteArray manyLines(int count)
{
    QByteArray text;
    for (int i = 0; i < count; ++i) {
        text += QByteArray(i % 97, char('a' + i % 26)) + (i % 5 == 0 ? "\r\n" : "\n");
    }
    return text;
}

} // namespace

void LineIndexTest::lines_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QList<QByteArray>>("lines");
    QTest::addColumn<qint64>("longest");

    QTest::newRow("empty") << QByteArray() << QList<QByteArray> {} << qint64(0);
    QTest::newRow("one line, no newline") << QByteArray("abc") << QList<QByteArray> {"abc"} << qint64(3);
    QTest::newRow("one line") << QByteArray("abc\n") << QList<QByteArray> {"abc"} << qint64(3);
    QTest::newRow("no trailing newline") << QByteArray("a\nbc") << QList<QByteArray> {"a", "bc"} << qint64(2);
    QTest::newRow("only a newline") << QByteArray("\n") << QList<QByteArray> {""} << qint64(0);
    QTest::newRow("empty lines") << QByteArray("\n\n") << QList<QByteArray> {"", ""} << qint64(0);
    QTest::newRow("empty line inside") << QByteArray("a\n\nb") << QList<QByteArray> {"a", "", "b"} << qint64(1);
    QTest::newRow("CRLF") << QByteArray("ab\r\ncd\r\n") << QList<QByteArray> {"ab", "cd"} << qint64(2);
    QTest::newRow("CRLF, last without") << QByteArray("ab\r\ncde") << QList<QByteArray> {"ab", "cde"} << qint64(3);
    QTest::newRow("lone CR stays") << QByteArray("a\rb\n") << QList<QByteArray> {"a\rb"} << qint64(3);
    QTest::newRow("CR at the very end") << QByteArray("a\r") << QList<QByteArray> {"a\r"} << qint64(2);
    QTest::newRow("UTF-8 counts bytes") << QByteArray("h\xc3\xa9\nx\n") << QList<QByteArray> {"h\xc3\xa9", "x"}
                                        << qint64(3);
    const QByteArray many = manyLines(5000);
    QTest::newRow("many lines") << many << expectedLines(many) << qint64(96);
}

void LineIndexTest::lines()
{
    QFETCH(QByteArray, text);
    QFETCH(QList<QByteArray>, lines);
    QFETCH(qint64, longest);

    const LineIndex index = LineIndex::build(text);
    QVERIFY(index.isComplete());
    QCOMPARE(index.lineCount(), qint64(lines.size()));
    QCOMPARE(index.isEmpty(), lines.isEmpty());
    QCOMPARE(linesOf(index), lines);
    QCOMPARE(index.longestLineBytes(), longest);
    QCOMPARE(index.textSize(), text.size());
    for (qint64 i = 0; i < index.lineCount(); ++i) {
        QCOMPARE(index.lineLength(i), qint64(lines[i].size()));
        QCOMPARE(text.mid(index.lineStart(i), index.lineLength(i)), lines[i]);
        QVERIFY(index.nextLineStart(i) >= index.lineEnd(i));
    }
    if (index.lineCount() > 0) {
        QCOMPARE(index.nextLineStart(index.lineCount() - 1), text.size());
    }
}

void LineIndexTest::lineAt()
{
    const QByteArray text("ab\r\n\ncd\nlast");
    const LineIndex index = LineIndex::build(text);
    QCOMPARE(index.lineCount(), 4);
    const QList<qint64> expected {0, 0, 0, 0, 1, 2, 2, 2, 3, 3, 3, 3};
    for (qint64 offset = 0; offset < text.size(); ++offset) {
        QCOMPARE(index.lineAt(offset), expected[offset]);
    }
    QCOMPARE(index.lineAt(text.size()), 3); // the end belongs to the last line
    QCOMPARE(index.lineAt(-5), 0);
    QCOMPARE(LineIndex::build({}).lineAt(0), -1);
}

void LineIndexTest::acrossChunks()
{
    // Lines cross the 4 MiB chunk borders; a newline sits right on one, too.
    QByteArray text;
    int line = 0;
    while (text.size() < 3 * LineIndex::ChunkBytes + 1000) {
        text += "line " + QByteArray::number(line) + ' ' + QByteArray(line % 300, 'x') + '\n';
        ++line;
    }
    text[LineIndex::ChunkBytes - 1] = '\n';
    text[2 * LineIndex::ChunkBytes] = '\n';
    text += "no newline at the end";

    QList<qint64> progress;
    const LineIndex index = LineIndex::build(text, [&](qint64 done, qint64 total) {
        progress.append(done);
        return total == text.size();
    });
    QVERIFY(index.isComplete());
    QCOMPARE(linesOf(index), expectedLines(text));
    QCOMPARE(progress.size(), 4);
    QCOMPARE(progress.last(), text.size());
    QVERIFY(std::is_sorted(progress.begin(), progress.end()));
}

void LineIndexTest::partialThenFinish()
{
    const QByteArray text("one\ntwo\nthree\nfour");
    LineIndex index(text);
    QCOMPARE(index.lineCount(), 0);
    index.indexUpTo(6); // "one\ntw"
    QVERIFY(!index.isComplete());
    QCOMPARE(index.indexedBytes(), 6);
    QCOMPARE(linesOf(index), (QList<QByteArray> {"one"})); // only lines whose end was seen
    index.indexUpTo(8); // just past "two\n"
    QCOMPARE(linesOf(index), (QList<QByteArray> {"one", "two"}));
    const LineIndex snapshot = index; // a copy stays as it was
    index.finish();
    QVERIFY(index.isComplete());
    QCOMPARE(linesOf(index), (QList<QByteArray> {"one", "two", "three", "four"}));
    QCOMPARE(snapshot.lineCount(), 2);
    index.indexUpTo(2); // no effect once complete
    QCOMPARE(index.lineCount(), 4);
}

void LineIndexTest::stopsWhenProgressSaysSo()
{
    const QByteArray text = manyLines(200'000); // about 10 MB: three chunks
    QVERIFY(text.size() > 2 * LineIndex::ChunkBytes);
    int calls = 0;
    const LineIndex index = LineIndex::build(text, [&](qint64, qint64) { return ++calls < 1; });
    QCOMPARE(calls, 1);
    QVERIFY(!index.isComplete());
    QCOMPARE(index.indexedBytes(), LineIndex::ChunkBytes);
    QVERIFY(index.lineCount() > 0);
    QVERIFY(index.lineEnd(index.lineCount() - 1) < LineIndex::ChunkBytes);
}

void LineIndexTest::outOfRange()
{
    const LineIndex index = LineIndex::build("a\nb\n");
    QCOMPARE(index.line(-1), QByteArrayView());
    QCOMPARE(index.line(2), QByteArrayView());
    QCOMPARE(index.lineStart(99), 4);
    QCOMPARE(index.lineEnd(99), 4);
    QCOMPARE(index.lineStart(-1), 0);
    const LineIndex empty;
    QCOMPARE(empty.lineCount(), 0);
    QCOMPARE(empty.line(0), QByteArrayView());
}

QTEST_APPLESS_MAIN(LineIndexTest)
#include "LineIndexTest.moc"
