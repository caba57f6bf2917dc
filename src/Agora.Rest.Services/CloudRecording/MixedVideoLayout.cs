namespace Agora.Rest.Services.CloudRecording;

/// <summary>How mix mode arranges users on the canvas (<c>mixedVideoLayout</c>); up to 17 windows.</summary>
public enum MixedVideoLayout
{
    /// <summary><c>0</c>: the first user fills the canvas, the others float in small windows from the bottom up, 4 rows of 4 (the default).</summary>
    Floating = 0,

    /// <summary><c>1</c>: equal windows sized by the number of users.</summary>
    Adaptive = 1,

    /// <summary><c>2</c>: <c>maxResolutionUid</c> large on the left, the others in up to two columns of 8 on the right.</summary>
    Vertical = 2,

    /// <summary><c>3</c>: windows placed by <c>layoutConfig</c>.</summary>
    Custom = 3,
}
