namespace Agora.Generators;
internal static class Placeholder { }
