"""Sub-commands of the `bvntd` command line, one module per group; none imports Qt."""
