"""The deposit as a service: one applicant's session over the procedure engine, the
local store and the PDFs, with no Qt, so the wizard and the command line share it."""
