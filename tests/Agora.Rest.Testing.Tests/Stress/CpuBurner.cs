using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Threading;

namespace Agora.Rest.Testing.Tests.Stress;

/// <summary>
/// Keeps every core busy until disposed: one spinning shell per core, each of which also stops by itself once this test
/// process is gone, so a crashed run cannot leave a burner behind. Where there is no POSIX shell, spinning threads of
/// this process stand in.
/// </summary>
internal sealed class CpuBurner : IDisposable
{
    private readonly List<Process> _processes = new();
    private readonly List<Thread> _threads = new();
    private volatile bool _stopping;

    public CpuBurner()
    {
        int testProcess = Environment.ProcessId;
        for (int core = 0; core < Environment.ProcessorCount; core++)
        {
            if (File.Exists("/bin/sh"))
            {
                var start = new ProcessStartInfo("/bin/sh") { UseShellExecute = false };
                start.ArgumentList.Add("-c");
                start.ArgumentList.Add($"while kill -0 {testProcess} 2>/dev/null; do :; done");
                _processes.Add(Process.Start(start)!);
            }
            else
            {
                var thread = new Thread(Spin) { IsBackground = true, Name = "CPU burner" };
                thread.Start();
                _threads.Add(thread);
            }
        }
    }

    public int Burners => _processes.Count + _threads.Count;

    private void Spin()
    {
        while (!_stopping)
        {
            Thread.SpinWait(1000);
        }
    }

    public void Dispose()
    {
        _stopping = true;
        foreach (Process process in _processes)
        {
            try
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
            }
            catch (InvalidOperationException)
            {
                // Already gone.
            }

            process.Dispose();
        }

        foreach (Thread thread in _threads)
        {
            thread.Join();
        }
    }
}
