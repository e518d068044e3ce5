// libFuzzer target: a service's JSON answer, read the way the window and
// `latchkey send --output table|csv` read it. JsonTable (JsonRowReader's single
// pass) reads it whole and in batches; every cell is read back; the table is
// written as CSV; BodyFormatter indents it; and JsonLineLexer colours the lines.
//
// Invariants: an error has a message and an offset inside the answer; batches
// give the same table and the same verdict as one read; where QJsonDocument has
// a say, it agrees on whether the answer is valid (the rules of
// JsonRowReaderTest::mutatedDocumentsNeverCrash); indented JSON is valid JSON
// with the same item count; coloured spans stay inside their line.
#include "FuzzSupport.h"
#include "data/BodyFormatter.h"
#include "data/CsvWriter.h"
#include "data/JsonLineLexer.h"
#include "data/JsonRowReader.h"
#include "data/JsonTable.h"

#include <QBuffer>
#include <QByteArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace {

void readEveryCell(const JsonTable& table)
{
    for (int r = 0; r < table.rowCount(); ++r) {
        for (int c = 0; c < table.columnCount(); ++c) {
            (void)table.text(r, c);
            (void)table.value(r, c);
            (void)table.nestedJson(r, c);
        }
        (void)table.rowJson(r);
    }
}

void checkError(const JsonTable::Error& error, qsizetype size)
{
    if (!error.isError()) {
        return;
    }
    if (error.message.isEmpty()) {
        Fuzz::violated("an error without a message");
    }
    if (error.offset < 0 || error.offset > size) {
        Fuzz::violated("an error outside the answer");
    }
}

void checkAgainstQt(const QByteArray& json, bool readerRefuses)
{
    // Not compared: invalid UTF-8 (read as U+FFFD here, refused by Qt), numbers too large for a
    // double (kept as text here), top-level scalars (which QJsonDocument does not read), and
    // nesting between the reader's limit and Qt's.
    const QByteArray trimmed = json.trimmed();
    const bool container = trimmed.startsWith('[') || trimmed.startsWith('{');
    if (!container || QString::fromUtf8(json).toUtf8() != json) {
        return;
    }
    QJsonParseError qtError;
    QJsonDocument::fromJson(json, &qtError);
    if (qtError.error == QJsonParseError::IllegalNumber && !readerRefuses) {
        return;
    }
    if (qtError.error == QJsonParseError::DeepNesting
        || (readerRefuses && qtError.error == QJsonParseError::NoError && json.count('[') + json.count('{') > 512)) {
        return;
    }
    if ((qtError.error == QJsonParseError::NoError) == readerRefuses) {
        Fuzz::violated("the table reader and QJsonDocument disagree on whether the answer is valid");
    }
}

void checkLexer(const QByteArray& text)
{
    for (const QByteArray& line : text.split('\n')) {
        for (const JsonLineLexer::Span& span : JsonLineLexer::tokenizeJson(line)) {
            if (span.start < 0 || span.length < 0 || span.start + span.length > line.size()) {
                Fuzz::violated("a coloured span outside its line");
            }
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char*>(data), qsizetype(size));

    JsonTable::Error error;
    const JsonTable whole = JsonTable::fromJson(input, QString(), &error);
    checkError(error, input.size());
    readEveryCell(whole);

    // In batches, as the window reads a big answer: the same rows and the same verdict.
    const int batch = size > 0 ? 1 + data[0] % 7 : 1;
    JsonRowReader reader(input);
    JsonTable batched;
    while (reader.read(batched, batch) > 0) { }
    if (reader.hasError() != error.isError()) {
        Fuzz::violated("reading in batches changed the verdict");
    }
    if (!error.isError() && !batched.sameCells(whole)) {
        Fuzz::violated("reading in batches changed the table");
    }
    checkAgainstQt(input, error.isError());

    // The list found, asked for by its path, reads the same rows.
    if (!error.isError() && whole.isList() && !whole.itemsPath().isEmpty()) {
        JsonTable::Error byPathError;
        const JsonTable byPath = JsonTable::fromJson(input, whole.itemsPath(), &byPathError);
        if (byPathError.isError() || !byPath.sameCells(whole)) {
            Fuzz::violated("the items path found does not read the same rows");
        }
    }

    if (!error.isError()) {
        QBuffer csv;
        csv.open(QIODevice::WriteOnly);
        if (!CsvWriter::write(whole, csv, CsvWriter::Options {})) {
            Fuzz::violated("a table that was read could not be written as CSV");
        }
    }

    BodyFormatter::JsonInfo info;
    const QByteArray pretty = BodyFormatter::prettyJson(input, &info);
    if (info.valid) {
        const BodyFormatter::JsonInfo again = BodyFormatter::inspectJson(pretty);
        if (!again.valid || again.itemCount != info.itemCount) {
            Fuzz::violated("indented JSON is not the same JSON");
        }
        checkLexer(pretty);
    } else if (info.error.isEmpty() || info.errorOffset < 0 || info.errorOffset > input.size()) {
        Fuzz::violated("invalid JSON without a message or a place");
    }
    checkLexer(input.left(4096));
    return 0;
}
