#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStringList>
#include <QTemporaryDir>

namespace Kurier::Test {

// Reading a rendered PDF back the way a person or a phone would: poppler's pdftotext and pdftoppm, zbar's
// zbarimg. All three are Debian packages (poppler-utils, zbar-tools).
class PdfReader
{
public:
    explicit PdfReader(const QByteArray &pdf)
    {
        m_path = m_dir.filePath(QStringLiteral("document.pdf"));
        QFile file(m_path);
        if (file.open(QIODevice::WriteOnly)) {
            file.write(pdf);
        }
    }

    // The text of one page (1-based) or of every page (0), in reading order.
    QString text(int page = 0) const
    {
        // -raw: in the order the PDF draws it (a table cell's wrapped lines stay together).
        QStringList arguments{QStringLiteral("-raw"), QStringLiteral("-enc"), QStringLiteral("UTF-8")};
        if (page > 0) {
            arguments << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
                      << QString::number(page);
        }
        arguments << m_path << QStringLiteral("-");
        return QString::fromUtf8(run(QStringLiteral("pdftotext"), arguments));
    }

    // The text with every kind of white space removed: names wrapped over lines still match.
    QString compactText(int page = 0) const { return compact(text(page)); }
    static QString compact(QString text)
    {
        static const QRegularExpression space(QStringLiteral("[\\s\\x{00a0}\\x{202f}]+"));
        return text.remove(space);
    }

    int pages() const
    {
        const QString info = QString::fromUtf8(run(QStringLiteral("pdfinfo"), {m_path}));
        static const QRegularExpression pagesLine(QStringLiteral("Pages:\\s+(\\d+)"));
        return pagesLine.match(info).captured(1).toInt();
    }

    // Renders the pages to PNG at `dpi` (into `directory`, or a temporary one) and returns the files.
    QStringList png(int dpi, const QString &directory = {}, const QString &prefix = QStringLiteral("page"),
                    int lastPage = 0) const
    {
        const QString out = directory.isEmpty() ? m_dir.path() : directory;
        QDir().mkpath(out);
        QFile::remove(out + u'/' + prefix + QStringLiteral(".pdf"));
        QFile::copy(m_path, out + u'/' + prefix + QStringLiteral(".pdf"));
        QStringList arguments{QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-png")};
        if (lastPage > 0) {
            arguments << QStringLiteral("-l") << QString::number(lastPage);
        }
        run(QStringLiteral("pdftoppm"), arguments << m_path << out + u'/' + prefix);
        QStringList files;
        for (const QString &name :
             QDir(out).entryList({prefix + QStringLiteral("-*.png")}, QDir::Files, QDir::Name)) {
            files << out + u'/' + name;
        }
        return files;
    }

    // Every QR code zbarimg finds on the first page, as its exact text.
    QStringList qrCodes(int page = 1) const
    {
        QTemporaryDir images;
        QStringList arguments{QStringLiteral("-r"),
                              QStringLiteral("200"),
                              QStringLiteral("-png"),
                              QStringLiteral("-f"),
                              QString::number(page),
                              QStringLiteral("-l"),
                              QString::number(page),
                              m_path,
                              images.filePath(QStringLiteral("qr"))};
        run(QStringLiteral("pdftoppm"), arguments);
        QStringList codes;
        for (const QString &name : QDir(images.path()).entryList({QStringLiteral("*.png")}, QDir::Files)) {
            codes << decode(images.filePath(name));
        }
        return codes;
    }

    static QStringList decode(const QString &image)
    {
        const QByteArray out = run(QStringLiteral("zbarimg"),
                                   {QStringLiteral("--quiet"), QStringLiteral("--raw"),
                                    QStringLiteral("-Sdisable"), QStringLiteral("-Sqrcode.enable"), image});
        QStringList codes;
        for (const QByteArray &line : out.split('\n')) {
            if (!line.isEmpty()) {
                codes << QString::fromUtf8(line);
            }
        }
        return codes;
    }

    static QByteArray run(const QString &program, const QStringList &arguments)
    {
        QProcess process;
        process.start(program, arguments);
        process.waitForFinished(60000);
        return process.readAllStandardOutput();
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

} // namespace Kurier::Test
