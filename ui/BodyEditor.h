#pragma once

#include <QWidget>

class KeyValueTable;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QStackedWidget;

// The body of a request: none, JSON (checked as you type), a form, or raw text.
class BodyEditor : public QWidget
{
    Q_OBJECT
public:
    explicit BodyEditor(QWidget* parent = nullptr);

    QString bodyType() const; // "" | json | form | raw
    QString text() const;
    QList<QPair<QString, QString>> formFields() const;
    void setBody(const QString& type, const QString& text, const QList<QPair<QString, QString>>& form);
    QPlainTextEdit* textEdit() const { return m_text; }
    QComboBox* typeBox() const { return m_type; }
    QString validationText() const;

signals:
    void changed();

private:
    void typeChanged();
    void validate();

    QComboBox* m_type;
    QStackedWidget* m_pages;
    QPlainTextEdit* m_text;
    KeyValueTable* m_form;
    QLabel* m_validation;
};
