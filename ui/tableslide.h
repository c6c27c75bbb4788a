#pragma once

#include "exportable.h"

#include <QCoreApplication>

class QAbstractItemModel;

namespace Lab {

// A table model drawn as a page of a handout: its title, the header row and every row, the text
// sized to fit the page.
class TableSlide final : public Exportable {
    Q_DECLARE_TR_FUNCTIONS(Lab::TableSlide)
public:
    explicit TableSlide(const QAbstractItemModel* model) : m_model(model) {}

    QString exportName() const override;
    QString exportTitle() const override;
    void render(QPainter& painter, const QSize& size) override;

private:
    const QAbstractItemModel* m_model; // not owned
};

} // namespace Lab
