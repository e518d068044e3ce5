#pragma once

#include <QJsonObject>
#include <QString>

// A named group of presets ("My GitHub", "Weekly reports").
struct Collection
{
    QString id;
    QString name;
    QString description;

    static Collection create(const QString& name);
    QJsonObject toJson() const;
    static Collection fromJson(const QJsonObject& object);
    bool operator==(const Collection&) const = default;
};
