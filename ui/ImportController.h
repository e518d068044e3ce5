#pragma once

#include "ImportDialog.h"
#include "MessageBanner.h"
#include "http/RequestSpec.h"

#include <QObject>
#include <QPointer>

class ImportApplier;
class PresetStore;
class ProviderCatalog;
class QWidget;
class TokenVault;

// The window's import and export: File → Import… (a file dialog), a file
// dropped on the window, the import preview (ImportDialog), and on the way
// out "Copy as cURL" and File → Export Collection as Postman…. Dialogs are
// opened without blocking (open(), signals); the rules are in core
// (ImportPlan, ImportApplier, PresetExport).
class ImportController : public QObject
{
    Q_OBJECT
public:
    ImportController(TokenVault& vault, const ProviderCatalog& catalog, PresetStore& store, QWidget* window);
    ~ImportController() override;

    // Lets files be dropped onto `target` (the window) to import them.
    void acceptDrops(QWidget* target);

    void chooseFile();
    void importFile(const QString& path);
    // Bytes of a file or a paste; `source` names it in messages.
    void importData(const QByteArray& data, const QString& source);

    // The request as a curl command on the clipboard, the token as $LATCHKEY_TOKEN.
    void copyAsCurl(const RequestSpec& spec, const QString& name = {});
    void copyPresetAsCurl(const QString& presetId);
    // Asks which collection (when there are several) and where, then writes it and its environment file.
    void exportCollection(const QString& collectionId = {});

    ImportDialog* dialog() const { return m_dialog; }

signals:
    void message(MessageBanner::Kind kind, const QString& text);
    void imported(const QString& collectionId, const QStringList& presetIds);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void writePostman(const QString& collectionId, const QString& path);

    TokenVault& m_vault;
    const ProviderCatalog& m_catalog;
    PresetStore& m_store;
    QWidget* m_window;
    QPointer<ImportDialog> m_dialog;
    ImportApplier* m_applier;
};
