#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringView>
#include <QtGlobal>

// Small, allocation-free text helpers shared by the table, its filter and its exports.
// All of them work on the UTF-8 text the table stores.
namespace TableText {

// What a JSON string looks like, decided once when the cell is stored.
enum class StringShape : quint8 {
    Plain,
    DateTime, // ISO 8601 / RFC 3339: 2024-05-01T12:30:00Z, 2024-05-01 12:30, 2024-05-01T12:30:00.123+02:00
    Date, // 2024-05-01
    Url, // http:// or https://, no white space
};

StringShape classify(QByteArrayView text);

// ISO 8601 date or date-time → milliseconds since the epoch (UTC; a time without an offset is read as UTC).
// `hasOffset` tells whether the text named a zone (Z or ±hh:mm); `dateOnly` whether it had no time at all.
bool parseIsoDateTime(QByteArrayView text, qint64* msecs, bool* dateOnly = nullptr, bool* hasOffset = nullptr);

// UTF-8 to text, keeping a leading U+FEFF, which QString::fromUtf8 drops: a key or a text that
// starts with one stays itself, and a column or a list is found again by its path.
QString decode(QByteArrayView utf8);

// True when every byte is ASCII.
bool isAscii(QByteArrayView text);

// Case-insensitive substring search for an ASCII needle that is already lower case.
bool containsAsciiLower(QByteArrayView haystack, QByteArrayView lowerNeedle);

// "Natural" comparison: runs of digits compare by value (file2 < file10), letters ignore ASCII case.
// Returns <0, 0, >0. Bytes ≥ 0x80 compare by value, so UTF-8 text falls back to code point order.
int naturalCompareAscii(QByteArrayView a, QByteArrayView b);
// The same over UTF-16 text that is already case-folded.
int naturalCompare(QStringView a, QStringView b);

// Exact comparison of two JSON integer texts of any length ("-12", "12345678901234567890").
int compareIntegerText(QByteArrayView a, QByteArrayView b);

} // namespace TableText
