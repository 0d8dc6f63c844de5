extension Dataset {
    /// The network of each window: the projection with `options`, its `from` and
    /// `to` replaced by the window's (``ProjectionOptions/restricted(to:)``), so
    /// each equals `project` with that window as `--from`/`--to`.
    ///
    /// - Parameters:
    ///   - windows: the windows, for example from ``WindowPlan/windows(over:limit:)``.
    ///   - options: every other projection setting (filters, direction,
    ///     weighting, ``ProjectionOptions/windowMatch``).
    /// - Complexity: W projections, each O(I · k² + V).
    public func project(windows: [TimeWindow], options: ProjectionOptions = ProjectionOptions()) -> [ProjectedNetwork] {
        windows.map { project(options.restricted(to: $0)) }
    }

    /// The windows of `plan` over this dataset's interactions that pass the
    /// kind, track and status filters of `options` (its dates ignored).
    ///
    /// - Parameters:
    ///   - plan: rolling, expanding or given windows.
    ///   - options: the filters that decide which interactions span the time line.
    ///   - limit: the most windows to make.
    public func windows(_ plan: WindowPlan, options: ProjectionOptions = ProjectionOptions(), limit: Int = 10_000)
        -> [TimeWindow]
    {
        var undated = options
        undated.from = nil
        undated.to = nil
        return plan.windows(over: interactions.lazy.filter { undated.includes($0) }, limit: limit)
    }
}
