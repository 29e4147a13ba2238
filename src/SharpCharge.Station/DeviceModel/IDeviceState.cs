using SharpCharge.Station.Model;

namespace SharpCharge.Station.DeviceModel;

/// <summary>The live state the device model reports (availability, power, counts); the station implements it.</summary>
internal interface IDeviceState
{
    DateTimeOffset Now { get; }

    ConnectorStatus StatusOf(int evseId, int connectorId);

    decimal PowerOf(int evseId);

    int LocalListEntries { get; }

    int CertificateEntries { get; }
}
