#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

#include <optional>

namespace TestSupport {

/** An independent RFC 4180 reader, so that CSV output is checked by parsing, not by string compare. */
std::optional<QList<QStringList>> parseCsv(const QByteArray &utf8);

} // namespace TestSupport
