namespace Agora.Rest.Services.CloudRecording;

/// <summary>What an acquired resource is for (acquire's <c>clientRequest.scene</c>). Each scenario's acquire request sends its own value; callers do not choose it.</summary>
public enum RecordingScene
{
    /// <summary><c>0</c>: real-time audio and video recording (individual and mix modes).</summary>
    RealTime = 0,

    /// <summary><c>1</c>: web page recording (web mode).</summary>
    Web = 1,
}
