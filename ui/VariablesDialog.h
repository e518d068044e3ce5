#pragma once

#include "presets/Template.h"

#include <QDialog>
#include <QHash>

class QLineEdit;

// Asks for the values of {{variables}} a request needs and does not have yet
// (a repository's owner, a form's id, …). Remembers nothing itself.
class VariablesDialog : public QDialog
{
    Q_OBJECT
public:
    VariablesDialog(const QStringList& names, const Template::Values& known, QWidget* parent = nullptr);

    Template::Values values() const;
    QLineEdit* field(const QString& name) const { return m_fields.value(name); }

private:
    QHash<QString, QLineEdit*> m_fields;
    QStringList m_names;
};
