// {{variables}} in requests: substitution, missing values, escaping, built-ins.
#include "presets/Template.h"

#include <QTest>

class TemplateTest : public QObject
{
    Q_OBJECT

private slots:
    void expand_data();
    void expand();
    void variables_inOrderWithoutDuplicates();
    void builtIns_areDatesAroundNow();
};

void TemplateTest::expand_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QStringList>("missing");
    QTest::newRow("plain") << QStringLiteral("/user/repos") << QStringLiteral("/user/repos") << QStringList();
    QTest::newRow("one") << QStringLiteral("/repos/{{owner}}") << QStringLiteral("/repos/octocat") << QStringList();
    QTest::newRow("spaces inside") << QStringLiteral("/repos/{{ owner }}/x") << QStringLiteral("/repos/octocat/x")
                                   << QStringList();
    QTest::newRow("twice") << QStringLiteral("{{owner}}-{{owner}}") << QStringLiteral("octocat-octocat")
                           << QStringList();
    QTest::newRow("missing kept and named")
        << QStringLiteral("/repos/{{owner}}/{{repo}}") << QStringLiteral("/repos/octocat/{{repo}}")
        << QStringList {QStringLiteral("repo")};
    QTest::newRow("escaped braces") << QStringLiteral("{{{{owner}}") << QStringLiteral("{{owner}}") << QStringList();
    QTest::newRow("single braces untouched")
        << QStringLiteral("{\"a\": {owner}}") << QStringLiteral("{\"a\": {owner}}") << QStringList();
    QTest::newRow("json body") << QStringLiteral("{\"q\": \"{{query}}\"}") << QStringLiteral("{\"q\": \"is:open\"}")
                               << QStringList();
    QTest::newRow("empty value is a value") << QStringLiteral("a{{empty}}b") << QStringLiteral("ab") << QStringList();
    QTest::newRow("dotted name") << QStringLiteral("{{space.id}}") << QStringLiteral("{{space.id}}")
                                 << QStringList {QStringLiteral("space.id")};
    QTest::newRow("unclosed") << QStringLiteral("{{owner") << QStringLiteral("{{owner") << QStringList();
}

void TemplateTest::expand()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QStringList, missing);
    const Template::Values values {{QStringLiteral("owner"), QStringLiteral("octocat")},
                                   {QStringLiteral("query"), QStringLiteral("is:open")},
                                   {QStringLiteral("empty"), QString()}};
    const Template::Result result = Template::expand(text, values);
    QCOMPARE(result.text, expected);
    QCOMPARE(result.missing, missing);
}

void TemplateTest::variables_inOrderWithoutDuplicates()
{
    QCOMPARE(Template::variables(QStringLiteral("{{b}}/{{a}}/{{b}}/{{{{c}}")),
             (QStringList {QStringLiteral("b"), QStringLiteral("a")}));
}

void TemplateTest::builtIns_areDatesAroundNow()
{
    const QDateTime wednesday(QDate(2026, 11, 25), QTime(10, 0));
    const Template::Values values = Template::builtIns(wednesday, QStringLiteral("1001"));
    QCOMPARE(values.value(QStringLiteral("today")), QStringLiteral("2026-11-25"));
    QCOMPARE(values.value(QStringLiteral("start_of_week")), QStringLiteral("2026-11-23"));
    QCOMPARE(values.value(QStringLiteral("end_of_week")), QStringLiteral("2026-11-29"));
    QCOMPARE(values.value(QStringLiteral("start_of_month")), QStringLiteral("2026-11-01"));
    QCOMPARE(values.value(QStringLiteral("end_of_month")), QStringLiteral("2026-11-30"));
    QCOMPARE(values.value(QStringLiteral("me")), QStringLiteral("1001"));
    QVERIFY(Template::isBuiltIn(QStringLiteral("today")));
    QVERIFY(!Template::isBuiltIn(QStringLiteral("owner")));
    QVERIFY(!Template::builtIns(wednesday).contains(QStringLiteral("me")));
}

QTEST_GUILESS_MAIN(TemplateTest)
#include "TemplateTest.moc"
