#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace Common {

/** Why an operation failed, in terms a caller can map to an exit code or an HTTP status. */
struct Error
{
    enum class Code {
        Invalid,       // the caller's input is wrong (usage error)
        NotFound,      // the named thing does not exist
        Duplicate,     // a unique name is taken
        SchemaTooNew,  // the ledger was written by a newer Tollgate
        Storage,       // the database or a file failed
        Unwritable,    // the database cannot be written now (disk full, an I/O error, read-only); may be later
    };
    Code code = Code::Storage;
    QString message; // English, one line; shown to CLI users and written to logs

    bool isUsageError() const { return code == Code::Invalid || code == Code::NotFound || code == Code::Duplicate; }
};

/** A value or the reason there is none (std::expected arrives with C++23). */
template<typename T>
class [[nodiscard]] Result final
{
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Error error) : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    const T *operator->() const { return &std::get<T>(m_state); }
    const T &operator*() const { return std::get<T>(m_state); }
    const Error &error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

/** Success with nothing to return. */
struct Done
{
};
using Status = Result<Done>;

inline Error makeError(Error::Code code, QString message)
{
    return Error{code, std::move(message)};
}

} // namespace Common
