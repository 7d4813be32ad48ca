import { configure } from '@testing-library/react';

// Pages load lazily; on a loaded 2-core CI machine that can take longer than the default second.
configure({ asyncUtilTimeout: 5_000 });
