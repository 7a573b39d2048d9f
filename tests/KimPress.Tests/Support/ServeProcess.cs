using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;

namespace KimPress.Tests.Support;

/// <summary>
/// The real <c>kimpress serve</c> as a child process on a free loopback port, with an HTTP client
/// for it. Disposing stops it (and kills it if it does not stop).
/// </summary>
public sealed partial class ServeProcess : IDisposable
{
    private readonly Process _process;
    private readonly List<string> _output = [];
    private readonly TaskCompletionSource<Uri> _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ServeProcess(string siteRoot, string[] extraArguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "kimpress.dll"));
        foreach (var argument in (string[])["serve", "--source", siteRoot, "--port", "0", .. extraArguments])
        {
            start.ArgumentList.Add(argument);
        }

        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, e) => Collect(e.Data);
        _process.ErrorDataReceived += (_, e) => Collect(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        Http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(30) };
    }

    /// <summary>An HTTP client for the server (no automatic redirects).</summary>
    public HttpClient Http { get; }

    /// <summary>The server's address, e.g. http://127.0.0.1:41234/.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Everything the process printed so far.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return string.Join('\n', _output);
            }
        }
    }

    /// <summary>Starts kimpress serve on <paramref name="siteRoot"/> and waits until it prints its address.</summary>
    public static async Task<ServeProcess> StartAsync(string siteRoot, params string[] extraArguments)
    {
        var server = new ServeProcess(siteRoot, extraArguments);
        var finished = server._process.WaitForExitAsync();
        var first = await Task.WhenAny(server._ready.Task, finished, Task.Delay(TimeSpan.FromSeconds(60)));
        if (first != server._ready.Task)
        {
            var output = server.Output;
            server.Dispose();
            throw new InvalidOperationException("kimpress serve did not start:\n" + output);
        }

        server.BaseAddress = await server._ready.Task;
        server.Http.BaseAddress = server.BaseAddress;
        return server;
    }

    /// <summary>Sends SIGINT, as Ctrl+C in a terminal does (or SIGTERM with <paramref name="signal"/> 15), and waits for the exit code.</summary>
    public async Task<int> InterruptAsync(TimeSpan timeout, int signal = 2)
    {
        Assert.Equal(0, Kill(_process.Id, signal));
        using var cancel = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cancel.Token);
        return _process.ExitCode;
    }

    /// <summary>True once the process has ended.</summary>
    public bool HasExited => _process.HasExited;

    public void Dispose()
    {
        Http.Dispose();
        if (!_process.HasExited)
        {
            // SIGTERM first (a clean stop); if that fails or is ignored, kill it.
            if (Kill(_process.Id, 15) != 0 || !_process.WaitForExit(10_000))
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit();
            }
        }

        _process.Dispose();
    }

    private void Collect(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.Add(line);
        }

        if (Address().Match(line) is { Success: true } match)
        {
            _ready.TrySetResult(new Uri(match.Value));
        }
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+/")]
    private static partial Regex Address();

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}

/// <summary>Reads a server-sent events stream: the data of each event in turn.</summary>
public sealed class EventStream : IDisposable
{
    private readonly HttpResponseMessage _response;
    private readonly StreamReader _reader;

    private EventStream(HttpResponseMessage response, StreamReader reader)
    {
        _response = response;
        _reader = reader;
    }

    /// <summary>Connects to <paramref name="path"/> on the server.</summary>
    public static async Task<EventStream> OpenAsync(HttpClient http, string path)
    {
        var response = await http.GetAsync(path, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        return new EventStream(response, new StreamReader(await response.Content.ReadAsStreamAsync()));
    }

    /// <summary>The data of the next event, or a timeout failure.</summary>
    public async Task<string> NextAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        var data = new List<string>();
        while (true)
        {
            var line = await _reader.ReadLineAsync(cancel.Token) ?? throw new EndOfStreamException("the event stream ended");
            if (line.StartsWith("data:", StringComparison.Ordinal))
            {
                data.Add(line[5..].TrimStart());
            }
            else if (line.Length == 0 && data.Count > 0)
            {
                return string.Join('\n', data);
            }
        }
    }

    public void Dispose()
    {
        _reader.Dispose();
        _response.Dispose();
    }
}
