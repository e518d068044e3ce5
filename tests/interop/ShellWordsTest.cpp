// Splitting command lines like a shell: POSIX quoting, $'…', continuations
// (\, ^, `), CRLF, operators, and errors with their position.
#include "interop/ShellWords.h"

#include <QTest>

Q_DECLARE_METATYPE(ShellWords::Dialect)

class ShellWordsTest : public QObject
{
    Q_OBJECT

private slots:
    void split_data();
    void split();
    void detect_data();
    void detect();
    void errors_data();
    void errors();
    void offsets();
};

namespace {

QStringList texts(const ShellWords::Result& result)
{
    QStringList list;
    for (const ShellWords::Word& word : result.words) {
        list.append(word.isOperator ? QStringLiteral("<%1>").arg(
                        word.text == QStringLiteral("\n") ? QStringLiteral("nl") : word.text)
                                    : word.text);
    }
    return list;
}

} // namespace

void ShellWordsTest::split_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("words");
    QTest::addColumn<QStringList>("variables");

    const QStringList none;
    QTest::newRow("spaces and tabs") << QStringLiteral("  a \t b  ") << QStringList {"a", "b"} << none;
    QTest::newRow("single quotes") << QStringLiteral("'a b' 'c\"d' '$x'") << QStringList {"a b", "c\"d", "$x"} << none;
    QTest::newRow("'\\'' idiom") << QStringLiteral("'it'\\''s'") << QStringList {"it's"} << none;
    QTest::newRow("double quotes") << QStringLiteral("\"a \\\"b\\\" \\\\ \\$ \\x\"") << QStringList {"a \"b\" \\ $ \\x"}
                                   << none;
    QTest::newRow("empty words") << QStringLiteral("'' \"\"") << QStringList {"", ""} << none;
    QTest::newRow("concatenation") << QStringLiteral("a'b'\"c\"d") << QStringList {"abcd"} << none;
    QTest::newRow("backslashes outside quotes")
        << QStringLiteral("a\\ b \\'c\\\"") << QStringList {"a b", "'c\""} << none;
    QTest::newRow("$'…' escapes") << QStringLiteral("$'a\\nb\\t\\\\\\'\\x41\\101\\u00e9\\U0001F389\\e\\cA'")
                                  << QStringList {QStringLiteral("a\nb\t\\'AAé🎉\x1b\x01")} << none;
    QTest::newRow("$'…' UTF-8 bytes") << QStringLiteral("$'\\xc3\\xa9'") << QStringList {"é"} << none;
    QTest::newRow("$\"…\"") << QStringLiteral("$\"a b\"") << QStringList {"a b"} << none;
    QTest::newRow("variables") << QStringLiteral("$A \"${B}x\" ${C:-d} '$D' \\$E $1 $")
                               << QStringList {"{{A}}", "{{B}}x", "{{C}}", "$D", "$E", "$1", "$"}
                               << QStringList {"A", "B", "C"};
    QTest::newRow("command substitution kept") << QStringLiteral("\"$(date +%F)\" `id -u` $((1+2))")
                                               << QStringList {"$(date +%F)", "`id -u`", "$((1+2))"} << none;
    QTest::newRow("line continuation") << QStringLiteral("a \\\n b\\\r\n c") << QStringList {"a", "b", "c"} << none;
    QTest::newRow("continuation in double quotes") << QStringLiteral("\"a\\\nb\"") << QStringList {"ab"} << none;
    QTest::newRow("newline inside quotes kept") << QStringLiteral("'a\r\nb'") << QStringList {"a\nb"} << none;
    QTest::newRow("operators") << QStringLiteral("a|b && c;d > e 2>&1 <f")
                               << QStringList {"a",   "<|>", "b",     "<&&>", "c",   "<;>", "d",
                                               "<>>", "e",   "<2>&>", "1",    "<<>", "f"}
                               << none;
    QTest::newRow("line ends") << QStringLiteral("a\nb\r\nc") << QStringList {"a", "<nl>", "b", "<nl>", "c"} << none;
    QTest::newRow("comments") << QStringLiteral("# hi\na # there\nb#c") << QStringList {"<nl>", "a", "<nl>", "b#c"}
                              << none;
    QTest::newRow("doc placeholder is no redirection")
        << QStringLiteral("x/<project_id>/y <TOKEN>") << QStringList {"x/<project_id>/y", "<TOKEN>"} << none;
    QTest::newRow("non-breaking space separates") << QStringLiteral("a\u00a0b") << QStringList {"a", "b"} << none;
    QTest::newRow("cmd: ^ escapes and continuations") << QStringLiteral("curl ^\"a b^\" ^\r\n  c^&d \"e^f\" ^\n x")
                                                      << QStringList {"curl", "a b", "c&d", "e^f", "x"} << none;
    QTest::newRow("cmd: backslash quote rules") << QStringLiteral("x ^\n a\\\"b \"c\\\\\" \"d\"\"e\" f\\g")
                                                << QStringList {"x", "a\"b", "c\\", "d\"e", "f\\g"} << none;
    QTest::newRow("cmd: operators and %VAR%")
        << QStringLiteral("a %TOKEN% & b ^\n %NOT") << QStringList {"a", "{{TOKEN}}", "<&>", "b", "%NOT"}
        << QStringList {"TOKEN"};
    QTest::newRow("cmd: newline escaped with ^ twice (Chrome)")
        << QStringLiteral("^\"a^\n\nb^\" ^\n") << QStringList {"a\nb"} << none;
    QTest::newRow("PowerShell") << QStringLiteral("curl.exe `\r\n -H 'it''s' \"a`tb`\"\" $env:T \"${X}\" `\n e")
                                << QStringList {"curl.exe", "-H", "it's", "a\tb\"", "{{T}}", "{{X}}", "e"}
                                << QStringList {"T", "X"};
}

void ShellWordsTest::split()
{
    QFETCH(QString, text);
    QFETCH(QStringList, words);
    QFETCH(QStringList, variables);

    const ShellWords::Result result = ShellWords::split(text);
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    QCOMPARE(texts(result), words);
    QCOMPARE(result.variables, variables);
}

void ShellWordsTest::detect_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<ShellWords::Dialect>("dialect");
    QTest::newRow("posix") << QStringLiteral("curl \\\n -s x") << ShellWords::Dialect::Posix;
    QTest::newRow("one line") << QStringLiteral("curl x") << ShellWords::Dialect::Posix;
    QTest::newRow("cmd continuation") << QStringLiteral("curl ^\r\n x") << ShellWords::Dialect::WindowsCmd;
    QTest::newRow("cmd ^\"") << QStringLiteral("curl ^\"x^\"") << ShellWords::Dialect::WindowsCmd;
    QTest::newRow("PowerShell") << QStringLiteral("curl.exe `  \n x") << ShellWords::Dialect::PowerShell;
    QTest::newRow("caret in a regex") << QStringLiteral("curl -d '^abc' x") << ShellWords::Dialect::Posix;
}

void ShellWordsTest::detect()
{
    QFETCH(QString, text);
    QFETCH(ShellWords::Dialect, dialect);
    QCOMPARE(ShellWords::detect(text), dialect);
}

void ShellWordsTest::errors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    QTest::newRow("single quote") << QStringLiteral("a 'b") << 1 << 3;
    QTest::newRow("double quote on line 3") << QStringLiteral("a\nb\n  c \"d") << 3 << 5;
    QTest::newRow("double quote after CRLF") << QStringLiteral("a \\\r\n\"b") << 2 << 1;
    QTest::newRow("$'") << QStringLiteral("$'abc\\'") << 1 << 1;
    QTest::newRow("backquote in double quotes") << QStringLiteral("\"a `b\"") << 1 << 4;
    QTest::newRow("$(") << QStringLiteral("x $(a (b)") << 1 << 3;
    QTest::newRow("cmd") << QStringLiteral("a ^\n\"b") << 2 << 1;
    QTest::newRow("PowerShell single") << QStringLiteral("a `\n 'b''") << 2 << 2;
    QTest::newRow("PowerShell double") << QStringLiteral("a `\n \"b`\"") << 2 << 2;
}

void ShellWordsTest::errors()
{
    QFETCH(QString, text);
    QFETCH(int, line);
    QFETCH(int, column);
    const ShellWords::Result result = ShellWords::split(text);
    QVERIFY(!result.ok());
    QVERIFY(result.words.isEmpty());
    QCOMPARE(result.error.line, line);
    QCOMPARE(result.error.column, column);
    QVERIFY2(result.error.message.contains(QStringLiteral("never closed")), qPrintable(result.error.message));
}

void ShellWordsTest::offsets()
{
    const QString text = QStringLiteral("curl  -H 'a b' \\\n  x|y");
    const ShellWords::Result result = ShellWords::split(text);
    QVERIFY(result.ok());
    QCOMPARE(result.words.size(), 6);
    QCOMPARE(result.words[0].offset, 0);
    QCOMPARE(result.words[0].end, 4);
    QCOMPARE(result.words[2].offset, 9);
    QCOMPARE(result.words[2].end, 14);
    QCOMPARE(result.words[3].offset, 19);
    QVERIFY(result.words[4].isOperator);
    QCOMPARE(result.words[4].offset, 20);
}

QTEST_GUILESS_MAIN(ShellWordsTest)
#include "ShellWordsTest.moc"
