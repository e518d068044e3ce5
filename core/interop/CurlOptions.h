#pragma once

#include <QChar>
#include <QStringView>

// Every option of curl 7.88 (and the newer ones of curl 8), whether it takes
// a value, and what the importer does with it. Knowing the options that take
// a value is what keeps `-o out.json https://…` from reading out.json as the
// address.
class CurlOptions
{
public:
    enum class Action {
        Request,
        Url,
        Header,
        Data, // -d, --data-ascii: @file is not read
        DataBinary,
        DataRaw,
        DataUrlencode,
        Form,
        FormString,
        Json,
        User,
        UserAgent,
        Referer,
        Cookie,
        Get,
        Head,
        OAuth2Bearer,
        UrlQuery,
        UploadFile,
        Insecure,
        Location,
        Config,
        Next,
        Variable,
        Expand, // --expand-X: X with curl's {{variables}}
        NoteTls,
        NoteProxy,
        NoteAuthScheme,
        NoteCookieJar,
        NoteNetrc,
        NoteRouting,
        NoteTarget,
        NoteRange,
        Ignored, // changes only how curl itself runs or shows the answer
    };

    struct Option
    {
        const char* longName;
        char shortName; // 0 when none
        bool takesValue;
        Action action;
    };

    static const Option* findLong(QStringView name);
    static const Option* findShort(QChar name);
};
