// Test helper for the durability test: adds annotations to a library as fast as it can and prints
// each id on its own line once add() has returned (that is, once it is committed). The test kills
// this process with SIGKILL in the middle and then checks that every printed id is in the library.
// Usage: annotation_burst LIBRARY COUNT

#include "annotations/annotationstore.h"
#include "library/library.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 3)
        return 1;
    duizhao::Library library(QString::fromLocal8Bit(argv[1]));
    duizhao::AnnotationStore store(library);
    const int count = QByteArray(argv[2]).toInt();
    for (int i = 0; i < count; ++i) {
        duizhao::Annotation a;
        a.documentId = library.defaultDocumentId();
        a.unitSeq = 1 + i % 57;
        a.scope = duizhao::AnnotationScope::Unit;
        a.note = QStringLiteral("burst %1").arg(i);
        a.tags = {QStringLiteral("power")};
        const duizhao::Annotation stored = store.add(a);
        std::printf("%lld\n", static_cast<long long>(stored.id));
        std::fflush(stdout);
    }
    return 0;
}
