// Browser tests drive React through act(), so React is told it runs in a test and warns about unflushed updates.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
