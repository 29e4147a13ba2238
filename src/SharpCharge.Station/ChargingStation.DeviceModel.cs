using SharpCharge.Station.DeviceModel;
using SharpCharge.Station.Model;
using SharpCharge.Station.Queue;

namespace SharpCharge.Station;

/// <summary>The live state the 2.x device model reports, and the queue the adapters send follow-up messages through.</summary>
public sealed partial class ChargingStation : IDeviceState
{
    StationDeviceModel Protocol.IStationControl.DeviceModel => _deviceModel;

    DateTimeOffset IDeviceState.Now => _time.GetUtcNow();

    int IDeviceState.LocalListEntries => _authorization.LocalListCount;

    int IDeviceState.CertificateEntries => _certificates.Count;

    ConnectorStatus IDeviceState.StatusOf(int evseId, int connectorId) => GetConnectorStatus(evseId, connectorId);

    decimal IDeviceState.PowerOf(int evseId) => GetPowerW(evseId);

    void Protocol.IStationControl.Enqueue(QueuedMessage message) => _queue.Enqueue(message);
}
