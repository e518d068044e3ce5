// Development helper, not a test: prints what Latchkey makes of a file on
// stdin (the dry-run JSON), or with --to-postman the collection it would export.
#include "interop/Importer.h"
#include "interop/PostmanCollection.h"
#include "providers/ProviderCatalog.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        return 1;
    }
    const ProviderCatalog catalog = ProviderCatalog::load();
    const ImportResult result = Importer::parse(in.readAll(), &catalog);
    QTextStream out(stdout);
    if (app.arguments().contains(QStringLiteral("--to-postman"))) {
        PostmanCollection::WriteOptions options;
        options.name = result.name;
        options.variables = result.variables;
        out << PostmanCollection::write(result.requests, options);
        return result.ok() ? 0 : 1;
    }
    out << QJsonDocument(result.toJson()).toJson();
    if (!result.ok()) {
        QTextStream(stderr) << result.error.toString() << "\n";
    }
    return result.ok() ? 0 : 1;
}
