using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using Xunit;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Agora.Rest.Testing.Tests.Stress;

/// <summary>
/// Runs every fact and every theory row of a test class once, as xunit would: a fresh instance per test, its
/// <see cref="IAsyncLifetime"/> around it. Returns one line per failed test; output written to
/// <see cref="ITestOutputHelper"/> is discarded.
/// </summary>
internal static class TestClassRunner
{
    // Far beyond what any of these tests takes on a loaded machine (seconds): a hang is reported as a failure rather
    // than holding the whole run until CI gives up.
    private static readonly TimeSpan HangLimit = TimeSpan.FromMinutes(2);

    public static async Task<IReadOnlyList<string>> RunAsync(Type testClass)
    {
        var failures = new List<string>();
        foreach ((MethodInfo method, object?[] arguments) in TestsOf(testClass))
        {
            string name = $"{testClass.Name}.{method.Name}({string.Join(", ", arguments)})";
            try
            {
                await RunOneAsync(testClass, method, arguments);
            }
            catch (Exception exception)
            {
                Exception cause = exception is TargetInvocationException { InnerException: { } inner } ? inner : exception;
                failures.Add($"{name}: {cause.GetType().Name}: {cause.Message}");
            }
        }

        return failures;
    }

    /// <summary>How many tests <see cref="RunAsync"/> runs for <paramref name="testClass"/>: none would mean it ran nothing.</summary>
    public static int CountTests(Type testClass) => TestsOf(testClass).Count();

    private static IEnumerable<(MethodInfo Method, object?[] Arguments)> TestsOf(Type testClass)
    {
        foreach (MethodInfo method in testClass.GetMethods(BindingFlags.Public | BindingFlags.Instance))
        {
            FactAttribute? fact = method.GetCustomAttribute<FactAttribute>();
            if (fact is null || fact.Skip is not null)
            {
                continue;
            }

            if (fact is not TheoryAttribute)
            {
                yield return (method, Array.Empty<object?>());
                continue;
            }

            foreach (DataAttribute data in method.GetCustomAttributes<DataAttribute>())
            {
                foreach (object?[] row in data.GetData(method))
                {
                    yield return (method, row);
                }
            }
        }
    }

    private static async Task RunOneAsync(Type testClass, MethodInfo method, object?[] arguments)
    {
        object instance = Create(testClass);
        try
        {
            if (instance is IAsyncLifetime lifetime)
            {
                await lifetime.InitializeAsync();
            }

            if (method.Invoke(instance, arguments) is Task test)
            {
                await test.WaitAsync(HangLimit);
            }
        }
        finally
        {
            if (instance is IAsyncLifetime lifetime)
            {
                await lifetime.DisposeAsync();
            }

            (instance as IDisposable)?.Dispose();
        }
    }

    private static object Create(Type testClass)
    {
        ConstructorInfo constructor = testClass.GetConstructors().Single();
        object?[] arguments = constructor.GetParameters()
            .Select(parameter => parameter.ParameterType == typeof(ITestOutputHelper)
                ? new DiscardingOutput()
                : throw new NotSupportedException($"{testClass.Name} takes a {parameter.ParameterType.Name}, which the stress run cannot give."))
            .ToArray();
        return constructor.Invoke(arguments);
    }

    private sealed class DiscardingOutput : ITestOutputHelper
    {
        public void WriteLine(string message)
        {
        }

        public void WriteLine(string format, params object[] args)
        {
        }
    }
}
