// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package contracts

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// UpgradeableBeaconMetaData contains all meta data concerning the UpgradeableBeacon contract.
var UpgradeableBeaconMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"implementation_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"initialOwner\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"BeaconInvalidImplementation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"Upgraded\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"implementation\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newImplementation\",\"type\":\"address\"}],\"name\":\"upgradeTo\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "UpgradeableBeacon",
	Bin: "0x608060405234801561000f575f5ffd5b5060405161042138038061042183398101604081905261002e9161015f565b806001600160a01b03811661005d57604051631e4fbdf760e01b81525f60048201526024015b60405180910390fd5b61006681610077565b50610070826100c6565b5050610190565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b806001600160a01b03163b5f036100fb5760405163211eb15960e21b81526001600160a01b0382166004820152602401610054565b600180546001600160a01b0319166001600160a01b0383169081179091556040517fbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b905f90a250565b80516001600160a01b038116811461015a575f5ffd5b919050565b5f5f60408385031215610170575f5ffd5b61017983610144565b915061018760208401610144565b90509250929050565b6102848061019d5f395ff3fe608060405234801561000f575f5ffd5b5060043610610055575f3560e01c80633659cfe6146100595780635c60da1b1461006e578063715018a6146100975780638da5cb5b1461009f578063f2fde38b146100af575b5f5ffd5b61006c610067366004610221565b6100c2565b005b6001546001600160a01b03165b6040516001600160a01b03909116815260200160405180910390f35b61006c6100d6565b5f546001600160a01b031661007b565b61006c6100bd366004610221565b6100e9565b6100ca610128565b6100d381610154565b50565b6100de610128565b6100e75f6101d2565b565b6100f1610128565b6001600160a01b03811661011f57604051631e4fbdf760e01b81525f60048201526024015b60405180910390fd5b6100d3816101d2565b5f546001600160a01b031633146100e75760405163118cdaa760e01b8152336004820152602401610116565b806001600160a01b03163b5f036101895760405163211eb15960e21b81526001600160a01b0382166004820152602401610116565b600180546001600160a01b0319166001600160a01b0383169081179091556040517fbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b905f90a250565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b5f60208284031215610231575f5ffd5b81356001600160a01b0381168114610247575f5ffd5b939250505056fea264697066735822122026815f3a619fa5b38effe44f6646552881a4ecc5dd659de1dcb94dbda78b7e4764736f6c63430008250033",
}

// UpgradeableBeacon is an auto generated Go binding around an Ethereum contract.
type UpgradeableBeacon struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *UpgradeableBeacon) GetABI() abi.ABI {
	return c.abi
}

// NewUpgradeableBeacon creates a new instance of UpgradeableBeacon.
func NewUpgradeableBeacon() *UpgradeableBeacon {
	parsed, err := UpgradeableBeaconMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &UpgradeableBeacon{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *UpgradeableBeacon) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address implementation_, address initialOwner) returns()
func (upgradeableBeacon *UpgradeableBeacon) PackConstructor(implementation_ common.Address, initialOwner common.Address) []byte {
	enc, err := upgradeableBeacon.abi.Pack("", implementation_, initialOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackImplementation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c60da1b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function implementation() view returns(address)
func (upgradeableBeacon *UpgradeableBeacon) PackImplementation() []byte {
	enc, err := upgradeableBeacon.abi.Pack("implementation")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackImplementation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c60da1b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function implementation() view returns(address)
func (upgradeableBeacon *UpgradeableBeacon) TryPackImplementation() ([]byte, error) {
	return upgradeableBeacon.abi.Pack("implementation")
}

// UnpackImplementation is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c60da1b.
//
// Solidity: function implementation() view returns(address)
func (upgradeableBeacon *UpgradeableBeacon) UnpackImplementation(data []byte) (common.Address, error) {
	out, err := upgradeableBeacon.abi.Unpack("implementation", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (upgradeableBeacon *UpgradeableBeacon) PackOwner() []byte {
	enc, err := upgradeableBeacon.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (upgradeableBeacon *UpgradeableBeacon) TryPackOwner() ([]byte, error) {
	return upgradeableBeacon.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (upgradeableBeacon *UpgradeableBeacon) UnpackOwner(data []byte) (common.Address, error) {
	out, err := upgradeableBeacon.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceOwnership() returns()
func (upgradeableBeacon *UpgradeableBeacon) PackRenounceOwnership() []byte {
	enc, err := upgradeableBeacon.abi.Pack("renounceOwnership")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceOwnership() returns()
func (upgradeableBeacon *UpgradeableBeacon) TryPackRenounceOwnership() ([]byte, error) {
	return upgradeableBeacon.abi.Pack("renounceOwnership")
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (upgradeableBeacon *UpgradeableBeacon) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := upgradeableBeacon.abi.Pack("transferOwnership", newOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (upgradeableBeacon *UpgradeableBeacon) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return upgradeableBeacon.abi.Pack("transferOwnership", newOwner)
}

// PackUpgradeTo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3659cfe6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function upgradeTo(address newImplementation) returns()
func (upgradeableBeacon *UpgradeableBeacon) PackUpgradeTo(newImplementation common.Address) []byte {
	enc, err := upgradeableBeacon.abi.Pack("upgradeTo", newImplementation)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpgradeTo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3659cfe6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function upgradeTo(address newImplementation) returns()
func (upgradeableBeacon *UpgradeableBeacon) TryPackUpgradeTo(newImplementation common.Address) ([]byte, error) {
	return upgradeableBeacon.abi.Pack("upgradeTo", newImplementation)
}

// UpgradeableBeaconOwnershipTransferred represents a OwnershipTransferred event raised by the UpgradeableBeacon contract.
type UpgradeableBeaconOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const UpgradeableBeaconOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (UpgradeableBeaconOwnershipTransferred) ContractEventName() string {
	return UpgradeableBeaconOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (upgradeableBeacon *UpgradeableBeacon) UnpackOwnershipTransferredEvent(log *types.Log) (*UpgradeableBeaconOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != upgradeableBeacon.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(UpgradeableBeaconOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := upgradeableBeacon.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range upgradeableBeacon.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UpgradeableBeaconUpgraded represents a Upgraded event raised by the UpgradeableBeacon contract.
type UpgradeableBeaconUpgraded struct {
	Implementation common.Address
	Raw            *types.Log // Blockchain specific contextual infos
}

const UpgradeableBeaconUpgradedEventName = "Upgraded"

// ContractEventName returns the user-defined event name.
func (UpgradeableBeaconUpgraded) ContractEventName() string {
	return UpgradeableBeaconUpgradedEventName
}

// UnpackUpgradedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Upgraded(address indexed implementation)
func (upgradeableBeacon *UpgradeableBeacon) UnpackUpgradedEvent(log *types.Log) (*UpgradeableBeaconUpgraded, error) {
	event := "Upgraded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != upgradeableBeacon.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(UpgradeableBeaconUpgraded)
	if len(log.Data) > 0 {
		if err := upgradeableBeacon.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range upgradeableBeacon.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (upgradeableBeacon *UpgradeableBeacon) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], upgradeableBeacon.abi.Errors["BeaconInvalidImplementation"].ID.Bytes()[:4]) {
		return upgradeableBeacon.UnpackBeaconInvalidImplementationError(raw[4:])
	}
	if bytes.Equal(raw[:4], upgradeableBeacon.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return upgradeableBeacon.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], upgradeableBeacon.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return upgradeableBeacon.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// UpgradeableBeaconBeaconInvalidImplementation represents a BeaconInvalidImplementation error raised by the UpgradeableBeacon contract.
type UpgradeableBeaconBeaconInvalidImplementation struct {
	Implementation common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BeaconInvalidImplementation(address implementation)
func UpgradeableBeaconBeaconInvalidImplementationErrorID() common.Hash {
	return common.HexToHash("0x847ac564dfcbc7a4f3fcf5f667697f798703b4fd8218b3f80c185d8eb4dfecdf")
}

// UnpackBeaconInvalidImplementationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BeaconInvalidImplementation(address implementation)
func (upgradeableBeacon *UpgradeableBeacon) UnpackBeaconInvalidImplementationError(raw []byte) (*UpgradeableBeaconBeaconInvalidImplementation, error) {
	out := new(UpgradeableBeaconBeaconInvalidImplementation)
	if err := upgradeableBeacon.abi.UnpackIntoInterface(out, "BeaconInvalidImplementation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// UpgradeableBeaconOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the UpgradeableBeacon contract.
type UpgradeableBeaconOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func UpgradeableBeaconOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (upgradeableBeacon *UpgradeableBeacon) UnpackOwnableInvalidOwnerError(raw []byte) (*UpgradeableBeaconOwnableInvalidOwner, error) {
	out := new(UpgradeableBeaconOwnableInvalidOwner)
	if err := upgradeableBeacon.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// UpgradeableBeaconOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the UpgradeableBeacon contract.
type UpgradeableBeaconOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func UpgradeableBeaconOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (upgradeableBeacon *UpgradeableBeacon) UnpackOwnableUnauthorizedAccountError(raw []byte) (*UpgradeableBeaconOwnableUnauthorizedAccount, error) {
	out := new(UpgradeableBeaconOwnableUnauthorizedAccount)
	if err := upgradeableBeacon.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}
