#pragma once

#include "http/RequestPreparer.h"
#include "http/SendJob.h"
#include "http/SendResult.h"
#include "presets/Preset.h"
#include "presets/Template.h"

#include <QPointer>
#include <QWidget>

class ProviderCatalog;
class RequestEditor;
class RequestSender;
class ResponseView;
class QSplitter;
class Settings;
struct Provider;
class TokenVault;

// Where requests are composed, sent and read: the request editor above, the
// answer below. Turns refusals into choices the person can make ("send once",
// "add this host", "allow changes", "save to a file instead") and asks for the
// values of {{variables}} a request still needs.
class RequestWorkspace : public QWidget
{
    Q_OBJECT
public:
    RequestWorkspace(TokenVault& vault, const ProviderCatalog& catalog, RequestSender& sender, Settings& settings,
                     QWidget* parent = nullptr);

    // The editor is built the first time it is needed (the area shows, or something asks for
    // it): a window that opens on the welcome page does not pay for it.
    RequestEditor* editor();
    ResponseView* response() const { return m_response; }
    // The token the editor starts with (or switches to).
    void setCurrentToken(const QString& tokenId);
    // Builds the editor before the area first shows.
    void setVisible(bool visible) override;
    bool isSending() const { return m_job != nullptr; }

    // The preset being edited (empty for a new request), and the values typed for its {{variables}}.
    QString presetId() const { return m_presetId; }
    const Template::Values& variables() const { return m_variables; }
    // Puts a preset's request in the editor; its variables' defaults become the values.
    void openPreset(const Preset& preset);
    // A request from elsewhere (history, a recipe); `presetId` is empty unless it is one.
    void openRequest(const RequestSpec& spec, const QString& presetId = {});
    // An answer kept from an earlier send, shown without sending.
    void showKeptAnswer(const Response& response, const QDateTime& receivedAt, bool bodyDropped);
    // The request in the editor was just saved as (or into) this preset.
    void adoptPreset(const QString& presetId);
    // Forgets the preset: what is sent next is a new request.
    void newRequest();

public slots:
    void send();
    void cancel();
    // Asks whether the token may change things (rule 6) and remembers the answer.
    void confirmAllowChanges(const QString& tokenId);

signals:
    void finished(const SendResult& result);
    // `spec` is the request as composed ({{variables}} unfilled), for the history and presets.
    void answered(const SendResult& result, const RequestSpec& spec, const QString& presetId);
    void presetChanged(const QString& presetId);

private:
    struct Attempt
    {
        RequestPreparer::Allowances allowances;
        QString saveTo;
    };
    void sendWith(const Attempt& attempt);
    void handle(const SendResult& result, const Attempt& attempt);
    void offerChoices(const SendResult& result, const Attempt& attempt);
    void askForVariables(const QStringList& missing, const Attempt& attempt);
    void chooseSaveFile(const Attempt& attempt);
    void addHost(const QString& tokenId, const QString& host, const Attempt& attempt);
    void preparePaging(const SendResult& result, const Attempt& attempt, const Provider* provider);

    TokenVault& m_vault;
    const ProviderCatalog& m_catalog;
    RequestSender& m_sender;
    Settings& m_settings;
    RequestEditor* m_editor = nullptr;
    ResponseView* m_response;
    QSplitter* m_split;
    QString m_startToken; // for the editor, until it is built
    QPointer<SendJob> m_job;
    RequestSpec m_sentSpec; // the request of the last answer, for "Load all pages"
    Template::Values m_variables; // values typed for {{variables}} in this session
    QString m_presetId;
};
