// Browsers come from the operating system's packages (see .ci/run); never download one.
module.exports = { skipDownload: true };
