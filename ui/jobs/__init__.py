"""Jobs: the table, the board, a job's detail pane and the new-job dialog."""
