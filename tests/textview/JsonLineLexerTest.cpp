#include "data/JsonLineLexer.h"

#include <QRandomGenerator>
#include <QTest>

class JsonLineLexerTest : public QObject
{
    Q_OBJECT

private slots:
    void json_data();
    void json();
    void markup_data();
    void markup();
    void anyBytesGiveSaneSpans();
};

namespace {

// The spans as "<letter><text>" words: N name, S string, D number, L literal, P punctuation,
// T tag, A attribute, C comment.
QString render(const QByteArray& line, const QList<JsonLineLexer::Span>& spans)
{
    using K = JsonLineLexer::Kind;
    QStringList words;
    for (const auto& span : spans) {
        QChar letter;
        switch (span.kind) {
        case K::Plain:
            letter = QLatin1Char('-');
            break;
        case K::Name:
            letter = QLatin1Char('N');
            break;
        case K::String:
            letter = QLatin1Char('S');
            break;
        case K::Number:
            letter = QLatin1Char('D');
            break;
        case K::Literal:
            letter = QLatin1Char('L');
            break;
        case K::Punctuation:
            letter = QLatin1Char('P');
            break;
        case K::Tag:
            letter = QLatin1Char('T');
            break;
        case K::Attribute:
            letter = QLatin1Char('A');
            break;
        case K::Comment:
            letter = QLatin1Char('C');
            break;
        }
        words.append(letter + QString::fromUtf8(line.mid(span.start, span.length)));
    }
    return words.join(QLatin1Char(' '));
}

} // namespace

void JsonLineLexerTest::json_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("spans");

    QTest::newRow("name and string") << QByteArray(R"(  "name": "value",)") << R"(N"name" P: S"value" P,)";
    QTest::newRow("colons inside strings") << QByteArray(R"("a:b": "c:d")") << R"(N"a:b" P: S"c:d")";
    QTest::newRow("space before colon") << QByteArray(R"("k" : 1)") << R"(N"k" P: D1)";
    QTest::newRow("escaped quotes") << QByteArray(R"("say \"hi\"": "a \\")") << R"(N"say \"hi\"" P: S"a \\")";
    QTest::newRow("escaped quote then colon") << QByteArray(R"("x\": y")") << R"(S"x\": y")";
    QTest::newRow("unicode escape") << QByteArray(R"("\u00e9")") << R"(S"\u00e9")";
    QTest::newRow("UTF-8") << QByteArray("\"na\xc3\xafve\": \"\xe6\x97\xa5\"")
                           << QString::fromUtf8("N\"naïve\" P: S\"日\"");
    QTest::newRow("string in an array") << QByteArray(R"(    "item",)") << R"(S"item" P,)";
    QTest::newRow("integer") << QByteArray("42") << "D42";
    QTest::newRow("negative decimal exponent") << QByteArray("-12.5e+3,") << "D-12.5e+3 P,";
    QTest::newRow("exponent") << QByteArray("1E-7") << "D1E-7";
    QTest::newRow("minus alone") << QByteArray("- 1") << "D1";
    QTest::newRow("true") << QByteArray(R"("ok": true,)") << R"(N"ok" P: Ltrue P,)";
    QTest::newRow("false and null") << QByteArray("[false, null]") << "P[ Lfalse P, Lnull P]";
    QTest::newRow("not a literal") << QByteArray("nullx True") << "";
    QTest::newRow("open object") << QByteArray(R"(  "owner": {)") << R"(N"owner" P: P{)";
    QTest::newRow("close then comma") << QByteArray("  },") << "P},";
    QTest::newRow("empty containers") << QByteArray(R"("a": [], "b": {})") << R"(N"a" P: P[], N"b" P: P{})";
    QTest::newRow("minified") << QByteArray(R"({"a":1,"b":[true]})") << R"(P{ N"a" P: D1 P, N"b" P:[ Ltrue P]})";
    QTest::newRow("empty line") << QByteArray() << "";
    QTest::newRow("spaces only") << QByteArray("   \t ") << "";
    QTest::newRow("unterminated string") << QByteArray(R"("unterminated)") << R"(S"unterminated)";
    QTest::newRow("unterminated value") << QByteArray(R"("a": "b)") << R"(N"a" P: S"b)";
    QTest::newRow("backslash at the end") << QByteArray(R"("trailing\)") << R"(S"trailing\)";
    QTest::newRow("unterminated name and colon") << QByteArray(R"("a: 1)") << R"(S"a: 1)";
    QTest::newRow("garbage") << QByteArray("@#$ %^&") << "";
    QTest::newRow("invalid bytes") << QByteArray("\"\xff\xfe\": 1")
                                   << QString::fromUtf8("N\"\xef\xbf\xbd\xef\xbf\xbd\" P: D1");
    QTest::newRow("words around") << QByteArray("abc 12 true") << "D12 Ltrue";
}

void JsonLineLexerTest::json()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, spans);
    QCOMPARE(render(line, JsonLineLexer::tokenizeJson(line)), spans);
    QCOMPARE(JsonLineLexer::tokenize(line, JsonLineLexer::Mode::Json), JsonLineLexer::tokenizeJson(line));
}

void JsonLineLexerTest::markup_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("spans");

    QTest::newRow("element with text") << QByteArray(R"(<a href="x">text</a>)")
                                       << R"(P< Ta Ahref P= S"x" P> P</ Ta P>)";
    QTest::newRow("indented") << QByteArray("    <item>") << "P< Titem P>";
    QTest::newRow("self-closing") << QByteArray("<br/>") << "P< Tbr P/>";
    QTest::newRow("namespaced") << QByteArray(R"(<x:a y:b='1' c/>)") << R"(P< Tx:a Ay:b P= S'1' Ac P/>)";
    QTest::newRow("declaration") << QByteArray(R"(<?xml version="1.0"?>)") << R"(P<? Txml Aversion P= S"1.0" P?>)";
    QTest::newRow("comment") << QByteArray("<!-- a > b --><x>") << "C<!-- a > b --> P< Tx P>";
    QTest::newRow("doctype") << QByteArray("<!DOCTYPE html>") << "C<!DOCTYPE html>";
    QTest::newRow("cdata") << QByteArray("<![CDATA[a<b]]>") << "P<![CDATA[ Sa<b P]]>";
    QTest::newRow("entities") << QByteArray("a &amp; b &#169; c & d") << "L&amp; L&#169;";
    QTest::newRow("unterminated tag") << QByteArray(R"(<a href="x)") << R"(P< Ta Ahref P= S"x)";
    QTest::newRow("unterminated comment") << QByteArray("<!-- open") << "C<!-- open";
    QTest::newRow("text only") << QByteArray("just text") << "";
    QTest::newRow("lone angle") << QByteArray("<") << "P<";
    QTest::newRow("tag restarts") << QByteArray("<a <b>") << "P< Ta P< Tb P>";
}

void JsonLineLexerTest::markup()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, spans);
    QCOMPARE(render(line, JsonLineLexer::tokenizeMarkup(line)), spans);
    QCOMPARE(JsonLineLexer::tokenize(line, JsonLineLexer::Mode::Markup), JsonLineLexer::tokenizeMarkup(line));
}

void JsonLineLexerTest::anyBytesGiveSaneSpans()
{
    QRandomGenerator random(20261123);
    const QByteArray alphabet(R"({}[],:"\ truefalsnul0123456789.eE+-<>/=?!'&;#abc)"
                              "\xc3\xa9\xff\t");
    for (int round = 0; round < 20000; ++round) {
        QByteArray line(random.bounded(60), Qt::Uninitialized);
        for (char& c : line) {
            c = random.bounded(4) == 0 ? char(random.bounded(256)) : alphabet[random.bounded(alphabet.size())];
        }
        for (auto mode : {JsonLineLexer::Mode::Json, JsonLineLexer::Mode::Markup}) {
            int end = 0;
            for (const auto& span : JsonLineLexer::tokenize(line, mode)) {
                QVERIFY2(span.start >= end && span.length > 0 && span.start + span.length <= line.size(),
                         line.toPercentEncoding().constData());
                end = span.start + span.length;
            }
        }
    }
}

QTEST_APPLESS_MAIN(JsonLineLexerTest)
#include "JsonLineLexerTest.moc"
