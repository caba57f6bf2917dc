using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Agora.Rest.Services.Tests.Infrastructure;

/// <summary>The operations table of docs/services.md: <c>| Service | Operation | Method and route | Auth | Emulated |</c>.</summary>
public static class ServicesTable
{
    public sealed record Row(string Service, string Operation, string Route, string Auth)
    {
        public override string ToString() => $"| {Service} | {Operation} | {Route} | {Auth} |";
    }

    /// <summary>The table's rows (the header and separator rows left out); cells may be wrapped in backticks.</summary>
    public static List<Row> Read(string path) => Cells(path).Select(c => new Row(c[0], c[1], c[2], c[3])).ToList();

    /// <summary>Each operation's <c>Emulated</c> cell, by operation name.</summary>
    public static Dictionary<string, string> Emulated(string path) => Cells(path).ToDictionary(c => c[1], c => c.Length > 4 ? c[4] : string.Empty);

    private static List<string[]> Cells(string path)
    {
        var rows = new List<string[]>();
        bool inTable = false;
        foreach (string line in File.ReadLines(path))
        {
            if (line.StartsWith("| Service | Operation |", StringComparison.Ordinal))
            {
                inTable = true;
                continue;
            }

            if (!inTable)
            {
                continue;
            }

            if (!line.StartsWith('|'))
            {
                break;
            }

            string[] cells = line.Trim('|').Split('|').Select(c => c.Trim().Trim('`')).ToArray();
            if (cells.Length >= 4 && !cells[0].StartsWith("---", StringComparison.Ordinal))
            {
                rows.Add(cells);
            }
        }

        return rows;
    }
}
