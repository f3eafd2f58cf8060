// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title Multicall3: the aggregate3 function of the Multicall3 contract
/// (same ABI as the one deployed at 0xcA11bde05977b3631167028862bE2a173976CA11
/// on most chains). The embedded chain puts this code at that address so the
/// reader batches its calls there as it does on public chains.
contract Multicall3 {
    struct Call3 {
        address target;
        bool allowFailure;
        bytes callData;
    }

    struct Result {
        bool success;
        bytes returnData;
    }

    /// @notice Calls each target in order; reverts when a call that does not
    /// allow failure fails.
    function aggregate3(Call3[] calldata calls) public payable returns (Result[] memory returnData) {
        uint256 length = calls.length;
        returnData = new Result[](length);
        for (uint256 i = 0; i < length; i++) {
            Call3 calldata c = calls[i];
            (bool ok, bytes memory ret) = c.target.call(c.callData);
            if (!ok && !c.allowFailure) revert("Multicall3: call failed");
            returnData[i] = Result(ok, ret);
        }
    }
}
