using System.Globalization;
using NotebookRunner.Execution;

namespace NotebookRunner.Worker;

/// <summary>
/// The hidden "worker" verb: reads WorkerRequest lines on stdin, runs cells, writes WorkerReply lines on stdout.
/// The cells' console output is captured, so the protocol keeps the real stdout for itself.
/// </summary>
public static class WorkerHost
{
    public static async Task<int> RunAsync()
    {
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
        using var input = new StreamReader(Console.OpenStandardInput());
        await using var protocol = new StreamWriter(Console.OpenStandardOutput()) { AutoFlush = true };
        var collector = new OutputCollector();
        Console.SetOut(new StreamCapture(collector, "stdout"));
        Console.SetError(new StreamCapture(collector, "stderr"));
        Console.SetIn(TextReader.Null);
        ScriptSession? session = null;
        while (await input.ReadLineAsync() is { } line)
        {
            var request = WorkerJson.Read<WorkerRequest>(line);
            switch (request.Kind)
            {
                case "start":
                    if (request.BaseDirectory is { } folder) Directory.SetCurrentDirectory(folder);
                    session = new ScriptSession(request.BaseDirectory ?? Environment.CurrentDirectory, request.NotebookName ?? "notebook", collector);
                    await session.WarmUpAsync();
                    await protocol.WriteLineAsync(WorkerJson.Write(new WorkerReply("ready")));
                    break;
                case "cell" when session is not null:
                    collector.Begin(request.MaxOutputChars);
                    var ok = await RunCellAsync(session, collector, request);
                    await protocol.WriteLineAsync(WorkerJson.Write(new WorkerReply("cell", request.Cell, ok, collector.End())));
                    break;
                case "exit":
                    return 0;
                default:
                    throw new InvalidDataException($"The worker got '{request.Kind}' before 'start': send start, then cell requests.");
            }
        }
        return 0;
    }

    private static async Task<bool> RunCellAsync(ScriptSession session, OutputCollector collector, WorkerRequest request)
    {
        try
        {
            return await session.RunAsync(request.Cell, request.Code ?? "");
        }
        catch (Exception exception)
        {
            collector.Add(CellOutput.Error(exception.GetType().FullName ?? "Exception", $"cell {request.Cell}: {exception.Message}"));
            return false;
        }
    }
}
