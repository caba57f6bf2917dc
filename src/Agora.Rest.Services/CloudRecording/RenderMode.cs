namespace Agora.Rest.Services.CloudRecording;

/// <summary>How a video or image fills its window (<c>render_mode</c>).</summary>
public enum RenderMode
{
    /// <summary><c>0</c>: fill the window, cropping what overflows (the default).</summary>
    Hidden = 0,

    /// <summary><c>1</c>: show all of it, with bars where the aspect ratio differs.</summary>
    Fit = 1,
}
