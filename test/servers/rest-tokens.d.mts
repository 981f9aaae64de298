export declare const LINK_WORKER_TOKEN: string;
export declare const PRACTICE_TOKEN: string;
export declare const REST_MOUNT: string;
export declare const FAULT_HEADER: string;
export declare const SESSION_HEADER: string;
export declare const RETRY_AFTER_DATE: string;
export declare const BODY_LIMIT_BYTES: number;
