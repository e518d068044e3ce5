#include "TableText.h"

#include <QStringDecoder>

#include <array>
#include <cstring>

namespace {

constexpr std::array<unsigned char, 256> makeLowerTable()
{
    std::array<unsigned char, 256> table {};
    for (int i = 0; i < 256; ++i) {
        table[static_cast<size_t>(i)] = static_cast<unsigned char>((i >= 'A' && i <= 'Z') ? i + ('a' - 'A') : i);
    }
    return table;
}

constexpr std::array<unsigned char, 256> kLower = makeLowerTable();

inline unsigned char lower(char c)
{
    return kLower[static_cast<unsigned char>(c)];
}

inline bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

inline bool isDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

// Two digits at p (no check of the length: callers do that).
inline int twoDigits(const char* p, bool* ok)
{
    if (!isDigit(p[0]) || !isDigit(p[1])) {
        *ok = false;
        return 0;
    }
    return (p[0] - '0') * 10 + (p[1] - '0');
}

bool isLeapYear(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int daysInMonth(int year, int month)
{
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && isLeapYear(year) ? 29 : days[month - 1];
}

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil).
qint64 daysFromCivil(qint64 y, unsigned m, unsigned d)
{
    y -= m <= 2 ? 1 : 0;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<qint64>(doe) - 719468;
}

// Skips leading zeros of a digit run; returns the run's end.
template <typename Char> qsizetype digitRunEnd(const Char* s, qsizetype i, qsizetype n)
{
    while (i < n && isDigit(s[i])) {
        ++i;
    }
    return i;
}

template <typename Char, typename Fold>
int naturalCompareImpl(const Char* a, qsizetype na, const Char* b, qsizetype nb, Fold fold)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < na && j < nb) {
        if (isDigit(a[i]) && isDigit(b[j])) {
            qsizetype ai = i;
            qsizetype bj = j;
            while (ai < na && a[ai] == '0') {
                ++ai;
            }
            while (bj < nb && b[bj] == '0') {
                ++bj;
            }
            const qsizetype aEnd = digitRunEnd(a, ai, na);
            const qsizetype bEnd = digitRunEnd(b, bj, nb);
            const qsizetype aLen = aEnd - ai;
            const qsizetype bLen = bEnd - bj;
            if (aLen != bLen) {
                return aLen < bLen ? -1 : 1;
            }
            for (qsizetype k = 0; k < aLen; ++k) {
                if (a[ai + k] != b[bj + k]) {
                    return a[ai + k] < b[bj + k] ? -1 : 1;
                }
            }
            // Same value: fewer leading zeros first, then go on.
            if (aEnd - i != bEnd - j) {
                return (aEnd - i) < (bEnd - j) ? -1 : 1;
            }
            i = aEnd;
            j = bEnd;
            continue;
        }
        const auto ca = fold(a[i]);
        const auto cb = fold(b[j]);
        if (ca != cb) {
            return ca < cb ? -1 : 1;
        }
        ++i;
        ++j;
    }
    if (i < na) {
        return 1;
    }
    if (j < nb) {
        return -1;
    }
    return 0;
}

} // namespace

namespace TableText {

QString decode(QByteArrayView utf8)
{
    if (!utf8.startsWith("\xEF\xBB\xBF")) {
        return QString::fromUtf8(utf8);
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    return decoder(utf8);
}

bool isAscii(QByteArrayView text)
{
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const qsizetype n = text.size();
    qsizetype i = 0;
    for (; i + 8 <= n; i += 8) {
        quint64 word;
        std::memcpy(&word, p + i, 8);
        if (word & 0x8080808080808080ULL) {
            return false;
        }
    }
    for (; i < n; ++i) {
        if (p[i] & 0x80) {
            return false;
        }
    }
    return true;
}

bool parseIsoDateTime(QByteArrayView text, qint64* msecs, bool* dateOnly, bool* hasOffset)
{
    const char* p = text.data();
    const qsizetype n = text.size();
    if (n < 10 || n > 40 || p[4] != '-' || p[7] != '-') {
        return false;
    }
    bool ok = true;
    const int century = twoDigits(p, &ok);
    const int yy = twoDigits(p + 2, &ok);
    const int month = twoDigits(p + 5, &ok);
    const int day = twoDigits(p + 8, &ok);
    if (!ok) {
        return false;
    }
    const int year = century * 100 + yy;
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
        return false;
    }
    qint64 ms = daysFromCivil(year, static_cast<unsigned>(month), static_cast<unsigned>(day)) * 86400000LL;
    if (n == 10) {
        *msecs = ms;
        if (dateOnly) {
            *dateOnly = true;
        }
        if (hasOffset) {
            *hasOffset = false;
        }
        return true;
    }
    // Time: THH:MM[:SS[.fff…]] then Z, ±HH:MM, ±HHMM, ±HH or nothing.
    if ((p[10] != 'T' && p[10] != 't' && p[10] != ' ') || n < 16 || p[13] != ':') {
        return false;
    }
    const int hour = twoDigits(p + 11, &ok);
    const int minute = twoDigits(p + 14, &ok);
    if (!ok || hour > 24 || minute > 59) {
        return false;
    }
    int second = 0;
    int millis = 0;
    qsizetype i = 16;
    if (i < n && p[i] == ':') {
        if (i + 3 > n) {
            return false;
        }
        second = twoDigits(p + i + 1, &ok);
        if (!ok || second > 60) {
            return false;
        }
        i += 3;
        if (i < n && (p[i] == '.' || p[i] == ',')) {
            ++i;
            const qsizetype start = i;
            int scale = 100;
            while (i < n && isDigit(p[i])) {
                millis += (p[i] - '0') * scale;
                scale /= 10;
                ++i;
            }
            if (i == start) {
                return false;
            }
        }
    }
    if (hour == 24 && (minute != 0 || second != 0 || millis != 0)) {
        return false;
    }
    ms += ((hour * 60LL + minute) * 60LL + second) * 1000LL + millis;
    bool zone = false;
    if (i < n) {
        if ((p[i] == 'Z' || p[i] == 'z') && i + 1 == n) {
            zone = true;
        } else if (p[i] == '+' || p[i] == '-') {
            const int sign = p[i] == '-' ? -1 : 1;
            ++i;
            if (i + 2 > n) {
                return false;
            }
            const int offH = twoDigits(p + i, &ok);
            i += 2;
            int offM = 0;
            if (i < n && p[i] == ':') {
                ++i;
            }
            if (i + 2 == n) {
                offM = twoDigits(p + i, &ok);
                i += 2;
            }
            if (!ok || i != n || offH > 23 || offM > 59) {
                return false;
            }
            ms -= sign * (offH * 60LL + offM) * 60000LL;
            zone = true;
        } else {
            return false;
        }
    }
    *msecs = ms;
    if (dateOnly) {
        *dateOnly = false;
    }
    if (hasOffset) {
        *hasOffset = zone;
    }
    return true;
}

StringShape classify(QByteArrayView text)
{
    const qsizetype n = text.size();
    if (n >= 10 && n <= 40 && isDigit(text[0]) && text[4] == '-') {
        qint64 ms = 0;
        bool dateOnly = false;
        if (parseIsoDateTime(text, &ms, &dateOnly)) {
            return dateOnly ? StringShape::Date : StringShape::DateTime;
        }
        return StringShape::Plain;
    }
    if (n > 8 && (text[0] == 'h' || text[0] == 'H')) {
        const auto startsWith = [&](const char* prefix, qsizetype length) {
            if (n <= length) {
                return false;
            }
            for (qsizetype i = 0; i < length; ++i) {
                if (lower(text[i]) != static_cast<unsigned char>(prefix[i])) {
                    return false;
                }
            }
            return true;
        };
        const qsizetype scheme = startsWith("https://", 8) ? 8 : (startsWith("http://", 7) ? 7 : 0);
        if (scheme == 0) {
            return StringShape::Plain;
        }
        for (qsizetype i = scheme; i < n; ++i) {
            if (static_cast<unsigned char>(text[i]) <= ' ') {
                return StringShape::Plain;
            }
        }
        return StringShape::Url;
    }
    return StringShape::Plain;
}

bool containsAsciiLower(QByteArrayView haystack, QByteArrayView lowerNeedle)
{
    const qsizetype m = lowerNeedle.size();
    const qsizetype n = haystack.size();
    if (m == 0) {
        return true;
    }
    if (m > n) {
        return false;
    }
    const char* h = haystack.data();
    const char* nd = lowerNeedle.data();
    const unsigned char first = static_cast<unsigned char>(nd[0]);
    const qsizetype last = n - m;
    for (qsizetype i = 0; i <= last; ++i) {
        if (lower(h[i]) != first) {
            continue;
        }
        qsizetype k = 1;
        while (k < m && lower(h[i + k]) == static_cast<unsigned char>(nd[k])) {
            ++k;
        }
        if (k == m) {
            return true;
        }
    }
    return false;
}

int naturalCompareAscii(QByteArrayView a, QByteArrayView b)
{
    return naturalCompareImpl(a.data(), a.size(), b.data(), b.size(), [](char c) { return lower(c); });
}

int naturalCompare(QStringView a, QStringView b)
{
    return naturalCompareImpl(reinterpret_cast<const char16_t*>(a.utf16()), a.size(),
                              reinterpret_cast<const char16_t*>(b.utf16()), b.size(), [](char16_t c) { return c; });
}

int compareIntegerText(QByteArrayView a, QByteArrayView b)
{
    const bool negA = !a.isEmpty() && a[0] == '-';
    const bool negB = !b.isEmpty() && b[0] == '-';
    QByteArrayView da = negA ? a.sliced(1) : a;
    QByteArrayView db = negB ? b.sliced(1) : b;
    while (da.size() > 1 && da[0] == '0') {
        da = da.sliced(1);
    }
    while (db.size() > 1 && db[0] == '0') {
        db = db.sliced(1);
    }
    const bool zeroA = da == QByteArrayView("0");
    const bool zeroB = db == QByteArrayView("0");
    const int signA = zeroA ? 0 : (negA ? -1 : 1);
    const int signB = zeroB ? 0 : (negB ? -1 : 1);
    if (signA != signB) {
        return signA < signB ? -1 : 1;
    }
    if (signA == 0) {
        return 0;
    }
    int magnitude = 0;
    if (da.size() != db.size()) {
        magnitude = da.size() < db.size() ? -1 : 1;
    } else {
        const int c = std::memcmp(da.data(), db.data(), static_cast<size_t>(da.size()));
        magnitude = c < 0 ? -1 : (c > 0 ? 1 : 0);
    }
    return signA < 0 ? -magnitude : magnitude;
}

} // namespace TableText
