#pragma once

#include "model/testcase.h"
#include "tools/engineconfiglookup.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace pw {

class CompletionCall;
class ModelBackend;

// Asks the engine's tool model for test cases (core/eval/casegeneration.h)
// without blocking the window: finds the engine's configuration and key,
// sends one structured-output request, counts the cases as the answer
// streams in and checks the answer when it is complete. Widget-free.
class CaseGenerator : public QObject
{
    Q_OBJECT

public:
    explicit CaseGenerator(const EngineSources &sources, QObject *parent = nullptr);
    ~CaseGenerator() override;

    // Why engine cannot write test cases, for people; empty when it can.
    static QString unavailableReason(const QString &engine);

    void start(const QString &engine, const Prompt &prompt, const QStringList &variables, int count, const TestSuite &existing);
    // Drops the request; finished() does not follow.
    void cancel();
    bool isRunning() const { return m_running; }

    // Once finished: the cases (without ids), or else why there are none.
    const TestSuite &cases() const { return m_cases; }
    const QString &error() const { return m_error; }

signals:
    // Cases begun in the answer so far.
    void progressChanged(int cases);
    void finished();

private:
    void onConfigFound();
    void onText(const QString &delta);
    void onCallFinished();
    void finish(const QString &error);

    EngineSources m_sources;
    Prompt m_prompt;
    QStringList m_variables;
    int m_count = 0;
    TestSuite m_existing;
    bool m_running = false;
    std::unique_ptr<EngineConfigLookup> m_lookup;
    std::shared_ptr<ModelBackend> m_backend;
    QPointer<CompletionCall> m_call;
    QString m_text;
    int m_seen = 0;
    TestSuite m_cases;
    QString m_error;
};

} // namespace pw
