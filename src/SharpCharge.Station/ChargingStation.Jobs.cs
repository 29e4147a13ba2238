using System.Globalization;
using System.Threading.Channels;
using SharpCharge.Station.Protocol;

namespace SharpCharge.Station;

/// <summary>
/// Work the central system starts and the station finishes later: firmware updates (1.6 §5.16, 1.6 security
/// SignedUpdateFirmware, 2.x L01) and diagnostics or log uploads (1.6 §5.9, 2.x N01). One owned loop runs them in
/// turn; each step takes <see cref="ChargingStationOptions.FileTransferDelay"/> and reports its status. Nothing is
/// really downloaded or uploaded: the steps, the statuses, the reboot and the failures are simulated.
/// </summary>
public sealed partial class ChargingStation
{
    private readonly Channel<Func<CancellationToken, Task>> _jobs = Channel.CreateBounded<Func<CancellationToken, Task>>(8);
    // Guards the job state below: written by the job loop, read by the receive loop (triggers) and the connection loop.
    private readonly Lock _jobGate = new();
    private CancellationTokenSource? _firmwareCancel;
    private CancellationTokenSource? _uploadCancel;
    private (FirmwareStep Step, int? RequestId, bool Signed) _firmware = (FirmwareStep.Idle, null, false);
    private (UploadStep Step, int? RequestId, bool Log) _upload = (UploadStep.Idle, null, false);
    private (int? RequestId, bool Signed)? _firmwareAwaitingBoot;

    private async Task RunJobLoopAsync(CancellationToken stop)
    {
        try
        {
            await foreach (var job in _jobs.Reader.ReadAllAsync(stop).ConfigureAwait(false))
            {
                try
                {
                    await job(stop).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (!stop.IsCancellationRequested)
                {
                    // A newer request of the same kind cancelled this one (AcceptedCanceled): the next job runs.
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The station stops.
        }
    }

    bool IStationControl.StartFirmwareUpdate(int? requestId, bool signed, string location, DateTimeOffset retrieveAt)
    {
        var cancel = new CancellationTokenSource();
        bool cancelled;
        lock (_jobGate)
        {
            cancelled = _firmwareCancel is { } running && !running.IsCancellationRequested;
            _firmwareCancel?.Cancel();
            _firmwareCancel = cancel;
        }

        Raise(Event(StationEventKind.FirmwareStatusChanged) with { Detail = $"update requested from {location}" });
        return _jobs.Writer.TryWrite(stop => RunFirmwareUpdateAsync(requestId, signed, retrieveAt, cancel.Token, stop)) && cancelled;
    }

    (string FileName, bool Cancelled) IStationControl.StartUpload(int? requestId, bool log, string location)
    {
        var cancel = new CancellationTokenSource();
        bool cancelled;
        lock (_jobGate)
        {
            cancelled = _uploadCancel is { } running && !running.IsCancellationRequested;
            _uploadCancel?.Cancel();
            _uploadCancel = cancel;
        }

        var fileName = $"{_options.Id}-{(log ? "log" : "diagnostics")}-{_time.GetUtcNow():yyyyMMddHHmmss}.txt";
        _jobs.Writer.TryWrite(stop => RunUploadAsync(requestId, log, location, cancel.Token, stop));
        return (fileName, cancelled);
    }

    void IStationControl.TriggerFirmwareStatus()
    {
        FirmwareStep step;
        int? requestId;
        bool signed;
        lock (_jobGate)
        {
            (step, requestId, signed) = _firmware;
        }

        QueueFirmwareStep(step, requestId, signed);
    }

    void IStationControl.TriggerUploadStatus(bool log)
    {
        UploadStep step;
        int? requestId;
        bool isLog;
        lock (_jobGate)
        {
            (step, requestId, isLog) = _upload;
        }

        _queue.Enqueue(_protocol.UploadStatus(isLog == log ? step : UploadStep.Idle, isLog == log ? requestId : null, log));
    }

    /// <summary>Queues a SecurityEventNotification (2.x A04; the 1.6 security extension).</summary>
    private void ReportSecurityEvent(string type, string? techInfo = null)
    {
        _queue.Enqueue(_protocol.SecurityEvent(type, techInfo, _time.GetUtcNow()));
        Raise(Event(StationEventKind.SecurityEvent) with { Detail = type });
    }

    /// <summary>After an accepted boot: a firmware installation that rebooted the station reports Installed.</summary>
    private void FinishFirmwareAfterBoot()
    {
        (int? RequestId, bool Signed)? awaiting;
        lock (_jobGate)
        {
            (awaiting, _firmwareAwaitingBoot) = (_firmwareAwaitingBoot, null);
        }

        if (awaiting is not { } pending)
        {
            return;
        }

        SetFirmwareStep(FirmwareStep.Installed, pending.RequestId, pending.Signed);
        ReportSecurityEvent("FirmwareUpdated");
        SetIdle();
    }

    private async Task RunFirmwareUpdateAsync(int? requestId, bool signed, DateTimeOffset retrieveAt, CancellationToken cancel, CancellationToken stop)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancel, stop);
        var token = linked.Token;
        var notBefore = retrieveAt - _time.GetUtcNow();
        if (notBefore > TimeSpan.Zero)
        {
            await Task.Delay(notBefore, _time, token).ConfigureAwait(false);
        }

        var failure = _options.FirmwareFailure;
        SetFirmwareStep(FirmwareStep.Downloading, requestId, signed);
        await Task.Delay(_options.FileTransferDelay, _time, token).ConfigureAwait(false);
        if (failure == FirmwareFailure.Download)
        {
            SetFirmwareStep(FirmwareStep.DownloadFailed, requestId, signed);
            SetIdle();
            return;
        }

        SetFirmwareStep(FirmwareStep.Downloaded, requestId, signed);
        if (signed)
        {
            if (failure == FirmwareFailure.Signature)
            {
                SetFirmwareStep(FirmwareStep.InvalidSignature, requestId, signed);
                ReportSecurityEvent("InvalidFirmwareSignature");
                SetIdle();
                return;
            }

            SetFirmwareStep(FirmwareStep.SignatureVerified, requestId, signed);
        }

        // Installing interrupts charging: wait until no session runs.
        while (HasRunningSession())
        {
            await Task.Delay(_options.FileTransferDelay > TimeSpan.Zero ? _options.FileTransferDelay : TimeSpan.FromSeconds(1), _time, token).ConfigureAwait(false);
        }

        SetFirmwareStep(FirmwareStep.Installing, requestId, signed);
        await Task.Delay(_options.FileTransferDelay, _time, token).ConfigureAwait(false);
        if (failure is FirmwareFailure.Installation or FirmwareFailure.Signature)
        {
            SetFirmwareStep(FirmwareStep.InstallationFailed, requestId, signed);
            SetIdle();
            return;
        }

        SetFirmwareStep(FirmwareStep.InstallRebooting, requestId, signed);
        lock (_jobGate)
        {
            _firmwareAwaitingBoot = (requestId, signed);
        }

        _resets.Writer.TryWrite(BootCause.FirmwareUpdate);
    }

    private async Task RunUploadAsync(int? requestId, bool log, string location, CancellationToken cancel, CancellationToken stop)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancel, stop);
        SetUploadStep(UploadStep.Uploading, requestId, log);
        await Task.Delay(_options.FileTransferDelay, _time, linked.Token).ConfigureAwait(false);

        // Only locations of a supported transfer protocol can be reached.
        var reachable = Uri.TryCreate(location, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "ftp" or "ftps" or "sftp";
        SetUploadStep(reachable ? UploadStep.Uploaded : UploadStep.UploadFailed, requestId, log);
        lock (_jobGate)
        {
            _upload = (UploadStep.Idle, null, log);
        }
    }

    private bool HasRunningSession()
    {
        lock (_gate)
        {
            return _evses.Any(e => e.Session is not null);
        }
    }

    /// <summary>The update ended: a triggered FirmwareStatusNotification says Idle again.</summary>
    private void SetIdle()
    {
        lock (_jobGate)
        {
            _firmware = (FirmwareStep.Idle, null, false);
        }
    }

    private void SetFirmwareStep(FirmwareStep step, int? requestId, bool signed)
    {
        lock (_jobGate)
        {
            _firmware = (step, requestId, signed);
        }

        QueueFirmwareStep(step, requestId, signed);
    }

    private void QueueFirmwareStep(FirmwareStep step, int? requestId, bool signed)
    {
        if (_protocol.FirmwareStatus(step, requestId, signed) is { } message)
        {
            _queue.Enqueue(message);
        }

        Raise(Event(StationEventKind.FirmwareStatusChanged) with { Detail = step.ToString(), TransactionId = requestId?.ToString(CultureInfo.InvariantCulture) });
    }

    private void SetUploadStep(UploadStep step, int? requestId, bool log)
    {
        lock (_jobGate)
        {
            _upload = (step, requestId, log);
        }

        _queue.Enqueue(_protocol.UploadStatus(step, requestId, log));
        Raise(Event(StationEventKind.UploadStatusChanged) with { Detail = step.ToString(), Action = log ? "LogStatusNotification" : "DiagnosticsStatusNotification" });
    }
}
