namespace Agora.Rest.Services.MediaPush;

/// <summary>How a transcoding converter lays users out on the canvas (<c>videoOptions.layoutType</c>), sent as a number.</summary>
public enum ConverterLayoutType
{
    /// <summary><c>0</c> (also when omitted): the items of <see cref="ConverterVideoOptions.Layout"/> place each picture.</summary>
    Custom = 0,

    /// <summary><c>1</c>: one large picture on the left and the others stacked on the right, per <see cref="ConverterVideoOptions.Vertical"/>; later updates can change only the RTMP URL.</summary>
    Vertical = 1,
}
