#pragma once

#include <QDialog>

class PresetStore;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

// "Save as preset": a name (unique), an optional description, the collection
// (an existing one, or a new name) and an optional folder.
class SavePresetDialog : public QDialog
{
    Q_OBJECT
public:
    SavePresetDialog(const PresetStore& store, const QString& suggestedName, const QString& collectionId,
                     QWidget* parent = nullptr);

    QString name() const;
    QString description() const;
    // The chosen collection's name (it may not exist yet).
    QString collectionName() const;
    QString folder() const;

    QLineEdit* nameField() const { return m_name; }
    QComboBox* collectionBox() const { return m_collection; }

private:
    void validate();

    const PresetStore& m_store;
    QLineEdit* m_name;
    QPlainTextEdit* m_description;
    QComboBox* m_collection;
    QLineEdit* m_folder;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};
