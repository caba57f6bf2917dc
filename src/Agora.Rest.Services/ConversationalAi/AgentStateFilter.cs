using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Agora.Rest.Services.ConversationalAi;

/// <summary>
/// The states <see cref="IConversationalAiOperations.ListAsync"/> keeps, sent as Agora expects them: one <c>state</c> value
/// of comma-separated codes (<c>state=0,1,2</c>), not a repeated key.
/// </summary>
public sealed class AgentStateFilter : IFormattable
{
    private readonly AgentStateCode[] _states;

    /// <summary>Keeps agents in any of the given states.</summary>
    /// <param name="states">One state or more.</param>
    /// <exception cref="ArgumentNullException"><paramref name="states"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="states"/> is empty.</exception>
    public AgentStateFilter(params AgentStateCode[] states)
    {
        if (states is null)
        {
            throw new ArgumentNullException(nameof(states));
        }

        if (states.Length == 0)
        {
            throw new ArgumentException("Give at least one state.", nameof(states));
        }

        _states = (AgentStateCode[])states.Clone();
    }

    /// <summary>The states kept, in the order given.</summary>
    public IReadOnlyList<AgentStateCode> States => _states;

    /// <summary>The query value: the codes joined by commas, for example <c>0,1,2</c>.</summary>
    /// <returns>The wire text.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        foreach (AgentStateCode state in _states)
        {
            if (text.Length > 0)
            {
                text.Append(',');
            }

            text.Append(((int)state).ToString(CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }

    /// <summary>The query value; format and culture do not change it.</summary>
    /// <param name="format">Ignored.</param>
    /// <param name="formatProvider">Ignored.</param>
    /// <returns>The wire text.</returns>
    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();
}
